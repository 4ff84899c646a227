import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDeck } from '../../src-shared/deck';
import { ensureBuiltCli, runCli, tempDir } from './exportTestKit';
import { readPptx, xmlText } from './pptxPackageReader';

beforeAll(() => ensureBuiltCli(), 120_000);

describe('briefdeck CLI: PPTX and Markdown', () => {
  test('export --format pptx writes the full briefing; --audience leaves no notes slides', async () => {
    const dir = tempDir();
    const file = join(dir, 'full.pptx');
    const r = runCli(['export', '--template', 'full-briefing', '--format', 'pptx', '--out', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*full\.pptx \(13 slides, \d+ ms\)\n$/);
    const pptx = await readPptx(readFileSync(file));
    expect(pptx.slides).toHaveLength(13);
    expect(xmlText(pptx.slides[1])).toContain('Bottom line up front');
    expect(pptx.notes.size).toBeGreaterThan(0);
    const audience = join(dir, 'audience.pptx');
    expect(runCli(['export', '--template', 'full-briefing', '--format', 'pptx', '--audience', '--out', audience]).status).toBe(0);
    expect((await readPptx(readFileSync(audience))).notes.size).toBe(0);
  }, 120_000);

  test('export --format md then import gives back a valid deck with the same slides', () => {
    const dir = tempDir();
    const md = join(dir, 'full.md');
    expect(runCli(['export', '--template', 'full-briefing', '--format', 'md', '--out', md]).status).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^<!-- \.deck: data-title="Turkey and Iran/);
    const deckFile = join(dir, 'full.briefdeck');
    const r = runCli(['import', md, '--out', deckFile]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const parsed = parseDeck(readFileSync(deckFile));
    expect(parsed.ok && parsed.deck.slides.length).toBe(13);
    writeFileSync(deckFile, 'mine');
    expect(runCli(['import', md, '--out', deckFile]).status).toBe(1);
    expect(readFileSync(deckFile, 'utf8')).toBe('mine');
  }, 120_000);

  test('import of a hostile reveal.js deck prints its warnings and keeps the payloads as text', () => {
    const out = join(tempDir(), 'hostile.briefdeck');
    const r = runCli(['import', 'tests/fixtures/markdown/hostile.md', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('warning: slide 2: the background image was not imported');
    const parsed = parseDeck(readFileSync(out));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.deck.slides[0].title).toBe('Totally normal briefing <script>window.__pwned=1</script>');
  }, 120_000);
});
