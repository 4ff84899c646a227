/**
 * What a new user types wrong, through the built CLI (bin/briefdeck.cjs): a mistyped option is named with the
 * nearest real one, option values are read in any case, and an --out extension that is not the format's is refused
 * unless --force.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, runCli, tempDir } from './exportTestKit';

beforeAll(() => ensureBuiltCli(), 120_000);

describe('briefdeck option messages', () => {
  test('an unknown option is named, with the nearest option of that command, in one line (exit 2)', () => {
    const out = join(tempDir(), 'x.html');
    for (const [args, line] of [
      [['export', '--template', 'five-minute-bluf', '--fromat', 'html', '--out', out], 'briefdeck: unknown option --fromat (did you mean --format?)'],
      [['export', '--tempalte', 'five-minute-bluf', '--format', 'html', '--out', out], 'briefdeck: unknown option --tempalte (did you mean --template?)'],
      [['new', '--tempalte', 'five-minute-bluf', '--out', out], 'briefdeck: unknown option --tempalte (did you mean --template?)'],
      [['export', '--template', 'five-minute-bluf', '--format', 'html', '--out', out, '--zzz'], 'briefdeck: unknown option --zzz'],
    ] as const) {
      const r = runCli([...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toBe(`${line}\n`);
    }
  });

  test('option values are read in any case: --format HTML, --format PDF --paper A4 --layout Handout', () => {
    const dir = tempDir();
    const html = runCli(['export', '--template', 'five-minute-bluf', '--format', 'HTML', '--out', join(dir, 'b.html')]);
    expect(html.status).toBe(0);
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toMatch(/^<!doctype html/i);
    const pdf = runCli(['export', '--template', 'five-minute-bluf', '--format', 'PDF', '--paper', 'A4', '--layout', 'Handout', '--out', join(dir, 'b.pdf')]);
    expect(pdf.status).toBe(0);
    expect(pdf.stdout).toMatch(/\(2 pages, \d+ ms\)/);
    expect(readFileSync(join(dir, 'b.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);

  test('new with the template id as an argument says to use --template', () => {
    const r = runCli(['new', 'five-minute-bluf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('briefdeck: new takes the template with --template (try: briefdeck new --template five-minute-bluf --out FILE)\n');
  });

  test('--out into a folder that does not exist is refused before anything is printed (no Chromium started)', () => {
    const out = join(tempDir(), 'no', 'such', 'brief.pdf');
    const r = runCli(['export', '--template', 'full-briefing', '--format', 'pdf', '--out', out], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`briefdeck: cannot write ${out}: the folder ${join(out, '..')} does not exist (ENOENT)\n`);
  });

  test('validate on a Markdown file suggests import', () => {
    const r = runCli(['validate', 'tests/fixtures/markdown/reveal-talk.md']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('briefdeck: tests/fixtures/markdown/reveal-talk.md is a Markdown file, not a deck file (to make a deck of it: briefdeck import tests/fixtures/markdown/reveal-talk.md --out deck.briefdeck)\n');
  });
});

describe('briefdeck export --out extension', () => {
  test('--format pdf --out x.pptx is refused in one line naming .pdf, and the PowerPoint file is unchanged', () => {
    const out = join(tempDir(), 'bluf.pptx');
    writeFileSync(out, 'a PowerPoint file');
    const r = runCli(['export', '--template', 'five-minute-bluf', '--format', 'pdf', '--out', out], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`briefdeck: --out ${out} does not end in .pdf, the extension of --format pdf (use --force to write it anyway)\n`);
    expect(readFileSync(out, 'utf8')).toBe('a PowerPoint file');
  });

  test('print-html expects .html; the extension is read in any case', () => {
    const dir = tempDir();
    const refused = runCli(['export', '--template', 'five-minute-bluf', '--format', 'print-html', '--out', join(dir, 'p.pdf')]);
    expect(refused.stderr).toBe(`briefdeck: --out ${join(dir, 'p.pdf')} does not end in .html, the extension of --format print-html (use --force to write it anyway)\n`);
    expect(runCli(['export', '--template', 'five-minute-bluf', '--format', 'md', '--out', join(dir, 'B.MD')]).status).toBe(0);
  });

  test('--force writes it; replacing an existing file says "replaced", a new file says "wrote"', () => {
    const dir = tempDir();
    const out = join(dir, 'bluf.txt');
    const first = runCli(['export', '--template', 'five-minute-bluf', '--format', 'html', '--out', out, '--force']);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^wrote ${out.replace(/[.]/g, '\\.')} \\(\\d+ slides, \\d+ ms\\)\\n$`));
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html/i);
    const again = runCli(['export', '--template', 'five-minute-bluf', '--format', 'html', '--out', out, '--force']);
    expect(again.stdout).toMatch(new RegExp(`^replaced ${out.replace(/[.]/g, '\\.')} \\(\\d+ slides, \\d+ ms\\)\\n$`));
  });
});

describe('an input file that cannot be read', () => {
  test('validate, check, export and import give the same one line for a missing file and for a folder', () => {
    const dir = tempDir();
    const out = (ext: string) => ['--out', join(dir, `out.${ext}`)];
    for (const [name, errno, reason] of [['talk.md', 'ENOENT', 'no such file'], ['', 'EISDIR', 'is a folder']] as const) {
      const file = join(dir, name);
      for (const args of [['validate', file], ['check', file], ['export', file, '--format', 'html', ...out('html')], ['import', file, ...out('briefdeck')]]) {
        // validate names a .md file as Markdown before reading it: give it the deck extension there.
        const input = args[0] === 'validate' && name !== '' ? join(dir, 'talk.briefdeck') : file;
        const r = runCli(args.map((a) => (a === file ? input : a)));
        expect(r.status, args.join(' ')).toBe(1);
        expect(r.stderr, args.join(' ')).toBe(`briefdeck: cannot read ${input}: ${reason} (${errno})\n`);
      }
    }
  });
});

describe('a truncated deck file', () => {
  test('cut off just after "slides": [ names the slides array, not a slide the file does not have', () => {
    const small = readFileSync('tests/fixtures/decks/small.briefdeck', 'utf8');
    const file = join(tempDir(), 'cut.briefdeck');
    writeFileSync(file, small.slice(0, small.indexOf('"slides": [') + '"slides": ['.length));
    const r = runCli(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^briefdeck: ${file}: Malformed JSON at line \\d+, column \\d+: unexpected end of file \\(the file may be truncated\\) \\(in slides\\)\\.\\n$`));
  });
});

describe('briefdeck import of a Markdown file', () => {
  test('the deck title is the first heading, and each image reference kept as text is one warning line', () => {
    const dir = tempDir();
    const md = join(dir, 'talk.md');
    writeFileSync(md, '# Gulf shipping risk\n\nby A. Analyst\n\n---\n\n## Ports\n\n- Jebel Ali\n- ![map of ports](ports.png)\n\n![chart](https://example.org/chart.png)\n');
    const r = runCli(['import', md, '--out', join(dir, 'talk.briefdeck')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      'warning: slide 2: image "map of ports" (ports.png) was not imported: its Markdown reference is kept as text\n' +
        'warning: slide 2: image "chart" (https://example.org/chart.png) was not imported: its Markdown reference is kept as text\n',
    );
    const deck = JSON.parse(readFileSync(join(dir, 'talk.briefdeck'), 'utf8')) as { title: string; slides: { bullets?: { text: string }[] }[] };
    expect(deck.title).toBe('Gulf shipping risk');
    expect(deck.slides[1].bullets?.map((b) => b.text)).toContain('![map of ports](ports.png)');
  });

  test('a file with no heading and no .deck title is named after the file', () => {
    const dir = tempDir();
    const md = join(dir, 'notes-only.md');
    writeFileSync(md, 'Just a paragraph.\n');
    expect(runCli(['import', md, '--out', join(dir, 'n.briefdeck')]).status).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'n.briefdeck'), 'utf8')) as { title: string }).title).toBe('notes-only');
  });
});
