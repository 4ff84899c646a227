import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, runCli, tempDir } from './exportTestKit';

type RawDeck = { slides: Record<string, unknown>[] };
const small = (): RawDeck => JSON.parse(readFileSync('tests/fixtures/decks/small.briefdeck', 'utf8')) as RawDeck;

beforeAll(() => ensureBuiltCli(), 120_000);

describe('briefdeck validate: deck integrity', () => {
  test('prints a warning naming the JSON path of a citation to a source not in deck.sources, and exits 0', () => {
    const raw = small();
    raw.slides[0].citations = [{ sourceId: 'nope', paragraphs: [1] }];
    const file = join(tempDir(), 'dangling.briefdeck');
    writeFileSync(file, JSON.stringify(raw));
    const r = runCli(['validate', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/valid deck/);
    expect(r.stdout).toContain('warning: slides[0].citations[0].sourceId: no source "nope" in deck.sources');
  });

  test('refuses duplicate slide ids in one line naming the path, exit 1', () => {
    const raw = small();
    raw.slides[2].id = raw.slides[0].id;
    const file = join(tempDir(), 'dup.briefdeck');
    writeFileSync(file, JSON.stringify(raw));
    const r = runCli(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/dup\.briefdeck: .*slides\[2\]\.id: .* is already the id of slides\[0\]/);
  });
});
