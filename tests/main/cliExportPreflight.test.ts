/**
 * `briefdeck export` runs the export dialog's pre-export check (runPreflight): text that does not fit its slide,
 * measured in Chromium for a PDF, and characters no bundled font has (Japanese, Korean), each as one warning line
 * naming the slide; `--strict` refuses the export with exit 1 and writes nothing. A PDF with characters no bundled
 * font has is refused outright (it would print them as empty boxes). Through the built CLI.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, runCli, tempDir } from './exportTestKit';
import { fixturePath } from './deckFilesTestKit';

beforeAll(() => ensureBuiltCli(), 120_000);

const dir = tempDir();
const LONG = 'Ankara and Tehran both claim to speak for the Palestinian cause while their rivalries in Syria, Iraq and the South Caucasus continue to limit any durable alignment between them';

/** The small fixture deck, changed by `edit`, written to `name` in the test folder. */
function deckFile(name: string, edit: (slides: Record<string, any>[]) => void): string {
  const deck = JSON.parse(readFileSync(fixturePath('decks', 'small.briefdeck'), 'utf8'));
  edit(deck.slides);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(deck, null, 2));
  return file;
}

const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('briefdeck: warning: ') && !l.includes('tradecraft finding'));

describe('briefdeck export: the pre-export check', () => {
  const overflowing = deckFile('overflow.briefdeck', (slides) => {
    const two = slides.find((s) => s.layout === 'two-column')!;
    const bullets = (from: number) => Array.from({ length: 10 }, (_, i) => ({ text: `Point ${from + i}: ${LONG}`, level: 0, fragment: false }));
    two.left.bullets = bullets(1);
    two.right.bullets = bullets(11);
  });

  test('a two-column slide with ten long bullets a column warns that its text does not fit the PDF page', () => {
    const out = join(dir, 'overflow.pdf');
    const r = runCli(['export', overflowing, '--format', 'pdf', '--out', out]);
    expect(r.status).toBe(0);
    expect(warnings(r.stderr)).toEqual(['briefdeck: warning: Slide 3 “Ties to Hamas compared”: the text does not fit the slide, even shrunk to 64%; shorten it or split the slide.']);
    expect(existsSync(out)).toBe(true);
  }, 120_000);

  test('--strict refuses it: exit 1, the findings listed, nothing written', () => {
    const out = join(dir, 'overflow-strict.pdf');
    const r = runCli(['export', overflowing, '--format', 'pdf', '--out', out, '--strict']);
    expect(r.status).toBe(1);
    expect(warnings(r.stderr)).toHaveLength(1);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^briefdeck: export refused \(--strict\): \d+ pre-export findings \(above\); nothing was written$/);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  test('Japanese and Korean text that no bundled font has: a PDF is refused naming each slide and its characters; HTML warns', () => {
    const file = deckFile('cjk.briefdeck', (slides) => {
      slides.find((s) => s.layout === 'bullets')!.bullets[0].text = '東京での会合';
      slides.find((s) => s.layout === 'two-column')!.left.heading = '서울';
    });
    const pdf = runCli(['export', file, '--format', 'pdf', '--out', join(dir, 'cjk.pdf')]);
    expect(pdf.status).toBe(1);
    expect(pdf.stderr).toBe(
      'briefdeck: export refused: no bundled font has some characters, so the PDF would print them as empty boxes: ' +
        'Slide 3 “Ties to Hamas compared”: no bundled font has 서 (U+C11C), 울 (U+C6B8); ' +
        'Slide 5 “Limits to a Turkish–Iranian axis”: no bundled font has 東 (U+6771), 京 (U+4EAC), で (U+3067), の (U+306E), 会 (U+4F1A), 合 (U+5408). ' +
        'Replace them, or export HTML, PPTX or Markdown.\n',
    );
    expect(existsSync(join(dir, 'cjk.pdf'))).toBe(false);
    const html = runCli(['export', file, '--format', 'html', '--out', join(dir, 'cjk.html')]);
    expect(html.status).toBe(0);
    expect(warnings(html.stderr)).toEqual([
      'briefdeck: warning: Slide 3 “Ties to Hamas compared”: no bundled font has 서 (U+C11C), 울 (U+C6B8); they cannot be embedded as set.',
      'briefdeck: warning: Slide 5 “Limits to a Turkish–Iranian axis”: no bundled font has 東 (U+6771), 京 (U+4EAC), で (U+3067), の (U+306E), 会 (U+4F1A), 合 (U+5408); they cannot be embedded as set.',
    ]);
    const strict = runCli(['export', file, '--format', 'html', '--out', join(dir, 'cjk-strict.html'), '--strict']);
    expect(strict.status).toBe(1);
    expect(existsSync(join(dir, 'cjk-strict.html'))).toBe(false);
  }, 180_000);

  test('a deck the check finds nothing in exports with --strict', () => {
    const out = join(dir, 'bluf.pdf');
    const r = runCli(['export', '--template', 'five-minute-bluf', '--format', 'pdf', '--out', out, '--strict']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  }, 120_000);
});
