import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeckSchema } from '../../src-shared/deck';
import { exportMarkdown, importMarkdownFile } from '../../src-main/services/export/markdownExport';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-md-'));

describe('Markdown files', () => {
  it('exports UTF-8 without a BOM and imports it back from disk', async () => {
    const deck = DeckSchema.parse(JSON.parse(readFileSync('tests/fixtures/markdown/export-sample.briefdeck', 'utf8')));
    const bytes = exportMarkdown(deck);
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const file = join(dir, 'sample.md');
    writeFileSync(file, bytes);
    expect((await importMarkdownFile(file)).deck).toEqual(deck);
  });

  it('names an import with no title and no heading after its file', async () => {
    const file = join(dir, 'Gaza desk notes.md');
    writeFileSync(file, '- one\n- two\n');
    expect((await importMarkdownFile(file)).deck.title).toBe('Gaza desk notes');
  });

  it('refuses bytes that are not UTF-8, naming the offset', async () => {
    const file = join(dir, 'latin1.md');
    writeFileSync(file, Buffer.concat([Buffer.from('## Caf'), Buffer.from([0xe9]), Buffer.from(' noir\n')]));
    await expect(importMarkdownFile(file)).rejects.toThrow(/not UTF-8 text \(first bad byte at offset 6\)/);
  });
});
