/**
 * `briefdeck export` and its output path: an --out that is the input deck is refused (input untouched), file system
 * errors become one clear line, and --audience with --include-hidden warns that hidden slides stay out.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { artifactDir, ensureBuiltCli, runCli } from './exportTestKit';

/** The pre-export check's one finding on this deck (the shown slide's bullet has no citation). */
const UNCITED_SHOWN = 'briefdeck: warning: Slide 1 “Shown”: a claim has no citation (“one”).\n';
let dir: string;
let deckPath: string;
const deckText = JSON.stringify({
  schemaVersion: 2,
  title: 'Out path',
  slides: [
    { id: 'a', layout: 'bullets', title: 'Shown', bullets: [{ text: 'one', level: 0 }] },
    { id: 'b', layout: 'bullets', title: 'Backup', hidden: true, bullets: [{ text: 'two', level: 0 }] },
  ],
});

beforeAll(() => {
  ensureBuiltCli();
  dir = artifactDir('cli-output-path');
  deckPath = join(dir, 'deck.json');
  writeFileSync(deckPath, deckText);
  symlinkSync(deckPath, join(dir, 'link.json'));
}, 120_000);

describe('--out is the input deck', () => {
  const spellings = () => [deckPath, join(dir, '.', 'deck.json'), join(dir, 'sub', '..', 'deck.json'), join(dir, 'link.json')];
  test.each(['html', 'md', 'pdf'])('refused for --format %s, by every spelling, and the deck is unchanged', (format) => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    for (const out of spellings()) {
      const r = runCli(['export', deckPath, '--format', format, '--out', out]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^briefdeck: --out .* is the input deck .*\n$/);
      expect(readFileSync(deckPath, 'utf8')).toBe(deckText);
    }
  });
});

describe('--out the file system refuses', () => {
  test.each(['html', 'md', 'pptx', 'pdf'])('--format %s: a missing folder and a folder give one clear line naming the output', (format) => {
    const missing = join(dir, 'nodir', `x.${format}`);
    const r1 = runCli(['export', deckPath, '--format', format, '--out', missing]);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toBe(`briefdeck: cannot write ${missing}: the folder ${join(dir, 'nodir')} does not exist (ENOENT)\n`);
    const r2 = runCli(['export', deckPath, '--format', format, '--out', dir]);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toBe(`briefdeck: cannot write ${dir}: is a folder (EISDIR)\n`);
  });
});

describe('--audience with --include-hidden', () => {
  test('warns once on stderr that hidden slides stay out, and exports without them', () => {
    const out = join(dir, 'audience.html');
    const r = runCli(['export', deckPath, '--format', 'html', '--out', out, '--audience', '--include-hidden']);
    expect(r.status).toBe(0);
    // The pre-export check's finding on the shown slide follows, once the file is written.
    expect(r.stderr).toBe('briefdeck: warning: --include-hidden is ignored with --audience (an audience copy never includes hidden slides)\n' + UNCITED_SHOWN);
    expect(r.stdout).toMatch(/\(1 slides,/);
    expect(readFileSync(out, 'utf8')).not.toContain('Backup');
  });

  test('no warning without --include-hidden', () => {
    const r = runCli(['export', deckPath, '--format', 'html', '--out', join(dir, 'audience2.html'), '--audience']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(UNCITED_SHOWN);
  });
});
