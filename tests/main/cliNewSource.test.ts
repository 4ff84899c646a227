import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDeck, type Deck } from '../../src-shared/deck';
import { SOURCE_SHAPES } from '../../src-shared/generate';
import type { CheckReport } from '../../src-shared/tradecraft';
import { GENERATED_SOURCE_FILE } from '../shared/generatedSourceFixture';
import { artifactDir, ensureBuiltCli, poppler, runCli, tempDir } from './exportTestKit';

/** The deck a written file holds (it must parse). */
function readDeck(file: string): Deck {
  const parsed = parseDeck(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.deck;
}

beforeAll(() => ensureBuiltCli(), 120_000);

describe('briefdeck new --source', () => {
  test('every shape: a deck whose check shows only the placeholders to write', () => {
    const dir = tempDir();
    for (const shape of SOURCE_SHAPES) {
      const file = join(dir, `${shape}.briefdeck`);
      const made = runCli(['new', '--source', GENERATED_SOURCE_FILE, '--shape', shape, '--out', file]);
      expect(made.stderr).toBe('');
      expect(made.status).toBe(0);
      expect(made.stdout).toMatch(new RegExp(`^wrote .*${shape}\\.briefdeck \\(\\d+ slides, ${shape} from lwf-2024-orvane, its argument map\\)\\n$`));
      const deck = readDeck(file);
      expect(deck.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const r = runCli(['check', '--json', file]);
      expect(r.status).toBe(0);
      const report = JSON.parse(r.stdout) as CheckReport;
      expect(report.findings.length).toBeGreaterThan(0);
      expect(report.findings.filter((f) => f.rule !== 'statement-to-do').map((f) => f.message)).toEqual([]);
      expect(runCli(['check', '--strict', file]).status).toBe(1);
    }
    const text = runCli(['check', join(dir, 'indicators.briefdeck')]).stdout.split('\n');
    expect(text).toContain('warning statement-to-do: Slide 3, bullet 1: still to write (“To do: a sign we would see if “The Halden dam as leverage” holds”). [BriefDeck: generated briefing]');
  });

  test('a source with no map gives the skeleton by section', () => {
    const dir = tempDir();
    const raw = JSON.parse(readFileSync(GENERATED_SOURCE_FILE, 'utf8'));
    delete raw.source.arguments;
    const source = join(dir, 'bare.json');
    writeFileSync(source, JSON.stringify(raw));
    const file = join(dir, 'bare.briefdeck');
    const r = runCli(['new', '--source', source, '--shape', 'full-briefing', '--out', file]);
    expect(r.stdout).toContain('no argument map yet: a skeleton by section');
    const deck = readDeck(file);
    expect(deck.slides.map((s) => s.title)).toEqual([
      'Sharing the Orvane: a dam, a dry season and two neighbours',
      'Bottom line up front',
      'A shared river',
      'The Halden dam and its timetable',
      'What stands in the way of a deal',
      'Sources',
    ]);
  });

  test('bad input: one line, exit code, no file written', () => {
    const dir = tempDir();
    const out = join(dir, 'x.briefdeck');
    const shape = runCli(['new', '--source', GENERATED_SOURCE_FILE, '--shape', 'poster', '--out', out]);
    expect(shape.status).toBe(2);
    expect(shape.stderr).toBe('briefdeck: unknown shape "poster" (shapes: full-briefing, five-minute-bluf, drivers-vs-limits, timeline, actors, indicators)\n');
    const missing = runCli(['new', '--source', join(dir, 'nope.json'), '--shape', 'timeline', '--out', out]);
    expect(missing.stderr).toBe(`briefdeck: cannot read ${join(dir, 'nope.json')}: no such file (ENOENT)\n`);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'briefdeck-source', schemaVersion: 1, source: { id: 'Bad Id', title: 't', authors: [], date: '2024', paragraphs: [{ n: 1, text: 'x' }] } }));
    const invalid = runCli(['new', '--source', bad, '--shape', 'timeline', '--out', out]);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toBe(`briefdeck: ${bad}: not a source file: source.id: source id must be lower-case letters, digits and hyphens.\n`);
    writeFileSync(bad, '{"format": "briefdeck-source", "format": 1}');
    expect(runCli(['new', '--source', bad, '--shape', 'timeline', '--out', out]).stderr).toBe(`briefdeck: ${bad}: format: the key "format" appears twice in the same object (line 1, column 32).\n`);
    expect(runCli(['new', '--source', GENERATED_SOURCE_FILE, '--out', out]).stderr).toBe('briefdeck: new needs --shape SHAPE with --source\n');
    expect(runCli(['new', '--template', 'full-briefing', '--source', GENERATED_SOURCE_FILE, '--shape', 'timeline', '--out', out]).status).toBe(2);
    expect(existsSync(out)).toBe(false);
    writeFileSync(out, 'mine');
    expect(runCli(['new', '--source', GENERATED_SOURCE_FILE, '--shape', 'timeline', '--out', out]).stderr).toBe(`briefdeck: ${out} already exists (use --force to replace it)\n`);
    expect(readFileSync(out, 'utf8')).toBe('mine');
  });

  test('export to PDF: the sources slide names the new source', () => {
    const dir = artifactDir('cli-new-source');
    const file = join(dir, 'timeline.briefdeck');
    expect(runCli(['new', '--source', GENERATED_SOURCE_FILE, '--shape', 'timeline', '--out', file]).status).toBe(0);
    const pdf = join(dir, 'timeline.pdf');
    const r = runCli(['export', file, '--format', 'pdf', '--out', pdf]);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.status).toBe(0);
    const pages = poppler('pdftotext', [pdf, '-']).split('\f').slice(0, -1);
    const last = pages.at(-1)!.replace(/\s+/g, ' ');
    expect(last).toContain('Sources');
    expect(last).toContain('Sharing the Orvane: a dam, a dry season and two neighbours');
    expect(last).toContain('Lowland Water Forum');
    expect(pages.join(' ').replace(/\s+/g, ' ')).toContain('The Halden diversion tunnel is closed and the reservoir starts to fill');
  }, 180_000);
});
