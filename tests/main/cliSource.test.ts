/**
 * `briefdeck source import` and `briefdeck source paragraphs` on real files, run as a user runs them (the built CLI
 * in a child process): a saved web page becomes a source file with numbered, hashed paragraphs; its metadata can be
 * corrected and paragraphs left out from the command line; the source file feeds `new --source`, whose PDF's
 * endnotes name the source; and each bad input gives one line and writes nothing.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SourceFileSchema, type SourceFile } from '../../src-shared/sources/import';
import { ensureBuiltCli, poppler, runCli, tempDir } from './exportTestKit';

const FIXTURES = resolve(__dirname, '../fixtures/sources');
const PAGE = join(FIXTURES, 'hostile-page.html');
let dir: string;

beforeAll(() => {
  ensureBuiltCli();
  dir = tempDir();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The source file at `file`, checked against the schema the app's library and `new --source` read. */
function readSourceFile(file: string): SourceFile {
  return SourceFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

describe('briefdeck source import', () => {
  test('a saved web page: the body paragraphs numbered and hashed, the metadata read, the dropped image a warning', () => {
    const out = join(dir, 'grain.json');
    const r = runCli(['source', 'import', PAGE, '--out', out]);
    expect(r.stderr).toBe('warning: 1 image dropped: a source is cited by its text\n');
    expect(r.status).toBe(0);
    const { source } = readSourceFile(out);
    expect(r.stdout).toBe(`wrote ${out} (source ${source.id}: 5 paragraphs in 3 sections from hostile-page.html; list them with: briefdeck source paragraphs ${out})\n`);
    expect(source).toMatchObject({ id: 'castell-2025-grain-corridors-after', title: 'Grain corridors after the truce', authors: ['Mira Castell', 'Jonas Albrecht'], publisher: 'Harbour Review', date: '2025-02-11', origin: { fileName: 'hostile-page.html', format: 'html' } });
    expect(source.paragraphs?.map((p) => p.n)).toEqual([1, 2, 3, 4, 5]);
    for (const p of source.paragraphs ?? []) expect(p.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(source.paragraphs?.[0].text).toMatch(/^The truce signed in January reopened two of the three grain corridors/);
    expect(JSON.stringify(source)).not.toMatch(/SCRIPT-RAN-MARKER|Advertisement|Subscribe now/);
  });

  test('the options correct the metadata and leave paragraphs out; paragraphs lists the result by section', () => {
    const out = join(dir, 'corrected.json');
    const full = readSourceFile(join(dir, 'grain.json')).source;
    const r = runCli(['source', 'import', PAGE, '--out', out, '--id', 'grain-truce', '--title', 'Grain after the truce', '--author', 'M. Castell', '--author', 'J. Albrecht', '--date', '2025-02', '--exclude', '2,4']);
    expect(r.status).toBe(0);
    const { source } = readSourceFile(out);
    expect(source).toMatchObject({ id: 'grain-truce', title: 'Grain after the truce', authors: ['M. Castell', 'J. Albrecht'], date: '2025-02', publisher: 'Harbour Review' });
    expect(source.paragraphs?.map((p) => p.text)).toEqual([0, 2, 4].map((i) => full.paragraphs?.[i].text));
    expect(source.paragraphs?.map((p) => p.n)).toEqual([1, 2, 3]);

    const listed = runCli(['source', 'paragraphs', out]);
    expect(listed.status).toBe(0);
    const lines = listed.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Grain after the truce (grain-truce)', 'M. Castell, J. Albrecht · Harbour Review · 2025-02']);
    expect(lines.filter((l) => l.startsWith('¶')).map((l) => l.slice(0, 4))).toEqual(['¶1  ', '¶2  ', '¶3  ']);
    expect(lines).toContain(`¶1  ${source.paragraphs?.[0].text}`);
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(source.sections?.map((s) => `## ${s.title}`));

    const json = runCli(['source', 'paragraphs', '--json', out]);
    const parsed = JSON.parse(json.stdout) as { id: string; paragraphs: { n: number; sectionTitle: string | null; text: string; hash: string }[] };
    expect(parsed.id).toBe('grain-truce');
    expect(parsed.paragraphs.map((p) => [p.n, p.text, p.hash])).toEqual(source.paragraphs?.map((p) => [p.n, p.text, p.hash]));
    expect(parsed.paragraphs[0].sectionTitle).toBe(source.sections?.[0].title);
  });

  test('the source file makes a briefing whose PDF endnotes name the source', () => {
    const deck = join(dir, 'grain.briefdeck');
    const pdf = join(dir, 'grain.pdf');
    expect(runCli(['new', '--source', join(dir, 'grain.json'), '--shape', 'full-briefing', '--out', deck]).status).toBe(0);
    const exported = runCli(['export', deck, '--format', 'pdf', '--out', pdf]);
    // A skeleton's bullets are still to write: the export says so, and goes ahead.
    expect(exported.stderr).toMatch(/^briefdeck: warning: \d+ tradecraft findings in the exported slides \(see: briefdeck check .*grain\.briefdeck\)\n$/);
    expect(exported.status).toBe(0);
    const text = poppler('pdftotext', ['-layout', pdf, '-']).replace(/\s+/g, ' ');
    expect(text).toContain('Grain corridors after the truce');
    expect(text).toMatch(/Mira Castell/);
    expect(text).toMatch(/¶\s?1/);
  }, 120_000);
});

describe('bad input to source import and source paragraphs: one line, nothing written', () => {
  test.each([
    ['a missing article', ['source', 'import', 'no-such-page.html', '--out', 'X'], 1, /^briefdeck: cannot read no-such-page\.html: no such file \(ENOENT\)\n$/],
    ['an empty article', ['source', 'import', join(FIXTURES, 'empty.txt'), '--out', 'X'], 1, /^briefdeck: empty\.txt has no text: check it is the right file\n$/],
    ['a file type it does not read', ['source', 'import', join(FIXTURES, 'make-two-column-pdf.mjs'), '--out', 'X'], 1, /^briefdeck: make-two-column-pdf\.mjs is not a file type BriefDeck reads/],
    ['a date that is not ISO 8601', ['source', 'import', PAGE, '--out', 'X', '--date', '11/02/2025'], 2, /^briefdeck: --date 11\/02\/2025 is not a date: use YYYY, YYYY-MM or YYYY-MM-DD\n$/],
    ['an id with capitals', ['source', 'import', PAGE, '--out', 'X', '--id', 'Grain'], 2, /^briefdeck: --id Grain is not a source id/],
    ['an exclusion past the last paragraph', ['source', 'import', PAGE, '--out', 'X', '--exclude', '9'], 2, /^briefdeck: --exclude 9: the article has 5 paragraphs\n$/],
    ['an exclusion that is not a number', ['source', 'import', PAGE, '--out', 'X', '--exclude', '2,x'], 2, /^briefdeck: --exclude takes paragraph numbers/],
    ['an unknown source command', ['source', 'list'], 2, /^briefdeck: unknown source command "list" \(use: source import, source paragraphs\)\n$/],
    ['a mistyped option', ['source', 'import', PAGE, '--out', 'X', '--auhtor', 'A'], 2, /^briefdeck: unknown option --auhtor \(did you mean --author\?\)\n$/],
  ])('%s', (_name, args, status, message) => {
    const out = join(dir, 'refused.json');
    const r = runCli(args.map((a) => (a === 'X' ? out : a)));
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.status).toBe(status);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  test('an existing source file is kept unless --force; an --out that is not .json is refused', () => {
    const out = join(dir, 'kept.json');
    writeFileSync(out, 'mine');
    const r = runCli(['source', 'import', PAGE, '--out', out]);
    expect(r.stderr).toBe(`briefdeck: ${out} already exists (use --force to replace it)\n`);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(runCli(['source', 'import', PAGE, '--out', out, '--force']).status).toBe(0);
    expect(readSourceFile(out).source.paragraphs).toHaveLength(5);
    const txt = join(dir, 'grain.txt');
    expect(runCli(['source', 'import', PAGE, '--out', txt]).stderr).toBe(`briefdeck: --out ${txt} does not end in .json, the extension of a source file (use --force to write it anyway)\n`);
    expect(existsSync(txt)).toBe(false);
  });

  test('source paragraphs on a deck file says it is not a source file', () => {
    const deck = join(dir, 'bluf.briefdeck');
    expect(runCli(['new', '--template', 'five-minute-bluf', '--out', deck]).status).toBe(0);
    const r = runCli(['source', 'paragraphs', deck]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^briefdeck: ${deck.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a source file: .*\\n$`));
  });
});
