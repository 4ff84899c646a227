import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { artifactDir, ensureBuiltCli, poppler, runCli } from './exportTestKit';

let dir: string;
/** Template id -> slide count, from `briefdeck templates`. */
let slides: Map<string, number>;
const pagesOf = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [pdf]))?.[1]);

beforeAll(() => {
  ensureBuiltCli();
  dir = artifactDir('cli-export-batch');
  const listed = runCli(['templates']).stdout.trim().split('\n');
  slides = new Map(listed.map((line) => [line.split(/\s+/)[0], Number(/(\d+) slides/.exec(line)?.[1])]));
});

describe('briefdeck export A B … --format pdf --out-dir DIR (one Chromium for every deck)', () => {
  test('writes one PDF per deck, each with its slides as pages and its text, one line per written file; a second run says replaced', () => {
    const out = join(dir, 'pdfs');
    mkdirSync(out);
    const deckFile = join(dir, 'my-brief.briefdeck');
    expect(runCli(['new', '--template', 'drivers-vs-limits', '--out', deckFile]).status).toBe(0);
    const args = ['export', deckFile, '--template', 'five-minute-bluf', '--template', 'ankara-vs-tehran', '--format', 'pdf', '--out-dir', out];
    const r = runCli(args);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const expected = [
      [join(out, 'my-brief.pdf'), slides.get('drivers-vs-limits')],
      [join(out, 'five-minute-bluf.pdf'), slides.get('five-minute-bluf')],
      [join(out, 'ankara-vs-tehran.pdf'), slides.get('ankara-vs-tehran')],
    ] as const;
    expected.forEach(([file, count], i) => {
      expect(lines[i]).toMatch(new RegExp(`^wrote ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(${count} pages, \\d+ ms\\)$`));
      expect(pagesOf(file)).toBe(count);
    });
    expect(readdirSync(out).sort()).toEqual(['ankara-vs-tehran.pdf', 'five-minute-bluf.pdf', 'my-brief.pdf']);
    expect(poppler('pdftotext', [join(out, 'ankara-vs-tehran.pdf'), '-'])).toMatch(/Ankara/);
    const again = runCli(args);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout.trim().split('\n').map((l) => l.split(' ')[0])).toEqual(['replaced', 'replaced', 'replaced']);
  }, 240_000);

  test('when one deck fails, the error names it and no file is written', () => {
    const out = join(dir, 'failing');
    mkdirSync(out);
    const broken = join(dir, 'broken.briefdeck');
    writeFileSync(broken, '{ not json');
    const r = runCli(['export', '--template', 'five-minute-bluf', broken, '--format', 'pdf', '--out-dir', out]);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^briefdeck: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*nothing was written\\)\\n$`));
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);

  test('refuses two decks that would write the same file, a missing folder, and --out with --out-dir', () => {
    const same = runCli(['export', '--template', 'five-minute-bluf', '--template', 'five-minute-bluf', '--format', 'md', '--out-dir', dir]);
    expect(same.status).toBe(1);
    expect(same.stderr).toBe(`briefdeck: --template five-minute-bluf and --template five-minute-bluf would both write ${join(dir, 'five-minute-bluf.md')}: export them to separate folders\n`);
    const missing = join(dir, 'no-such-folder');
    const absent = runCli(['export', '--template', 'five-minute-bluf', '--format', 'md', '--out-dir', missing]);
    expect(absent.status).toBe(1);
    expect(absent.stderr).toBe(`briefdeck: --template five-minute-bluf: cannot write ${join(missing, 'five-minute-bluf.md')}: the folder ${missing} does not exist (ENOENT) (nothing was written)\n`);
    const both = runCli(['export', '--template', 'five-minute-bluf', '--format', 'md', '--out-dir', dir, '--out', join(dir, 'x.md')]);
    expect(both.status).toBe(2);
    expect(both.stderr).toBe('briefdeck: export takes --out FILE (one deck) or --out-dir DIR (several decks), not both\n');
    const several = runCli(['export', '--template', 'five-minute-bluf', '--template', 'ankara-vs-tehran', '--format', 'md', '--out', join(dir, 'x.md')]);
    expect(several.status).toBe(2);
    expect(several.stderr).toBe('briefdeck: several --template IDs need --out-dir DIR\n');
  }, 120_000);
});
