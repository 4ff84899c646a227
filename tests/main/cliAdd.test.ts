/**
 * `briefdeck add`, the command every figure kind shares, through the built CLI: where the slide goes (--after), where
 * the deck is written (in place, or --out, never over another file without --force), and the usage errors that
 * leave the deck byte-identical (no figure option, two of them, no alt text, an --after past the end, a marked deck with
 * no --portion-marking, a damaged deck).
 * The kinds' own options are tested beside their exports (chartExport, cliAddPicture, the map tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, runCli, tempDir } from './exportTestKit';

let dir: string;
let csv: string;

/** A fresh deck from the five-minute BLUF template (5 slides), at `name` in the test folder. */
function freshDeck(name: string): string {
  const file = join(dir, name);
  const r = runCli(['new', '--template', 'five-minute-bluf', '--out', file]);
  expect(r.status, r.stderr).toBe(0);
  return file;
}

/** The template decks are portion-marked (CAPCO), and a marked deck needs the new slide's mark. */
const MARK = ['--portion-marking', '(U)'];

const slidesOf = (file: string): { layout: string; title: string }[] => JSON.parse(readFileSync(file, 'utf8')).slides;

beforeAll(() => {
  ensureBuiltCli();
  dir = tempDir();
  csv = join(dir, 'table.csv');
  writeFileSync(csv, 'Year,Visits\n2022,3\n2023,5\n');
}, 120_000);

describe('briefdeck add', () => {
  test('adds at the end by default (before the closing sources slide), after slide N with --after, first with --after 0; the deck is saved in place', () => {
    const deck = freshDeck('placed.briefdeck');
    const count = slidesOf(deck).length;
    // The template ends with its generated sources slide, which stays last.
    expect(slidesOf(deck).at(-1)?.layout).toBe('sources');
    let r = runCli(['add', deck, '--chart', csv, '--alt', 'Bars of visits by year', '--title', 'Visits', ...MARK]);
    expect(r.stdout).toBe(`added slide ${count} (“Visits”, chart) to ${deck}\n`);
    r = runCli(['add', deck, '--chart', csv, '--alt', 'Bars of visits by year', '--title', 'Second', '--after', '2', ...MARK]);
    expect(r.stdout).toBe(`added slide 3 (“Second”, chart) to ${deck}\n`);
    r = runCli(['add', deck, '--chart', csv, '--alt', 'Bars of visits by year', '--after', '0', ...MARK]);
    expect(r.stdout).toBe(`added slide 1 (chart) to ${deck}\n`);
    const slides = slidesOf(deck);
    expect(slides).toHaveLength(count + 3);
    expect([slides[0].layout, slides[3].title, slides.at(-2)?.title, slides.at(-1)?.layout]).toEqual(['chart', 'Second', 'Visits', 'sources']);
    expect(slides[0]).toMatchObject({ portionMarking: '(U)', bodyPortionMarking: '(U)' });
    expect(runCli(['validate', deck]).status).toBe(0);
  });

  test('--out writes a new file and leaves the input as it was; an existing --out needs --force', () => {
    const deck = freshDeck('input.briefdeck');
    const before = readFileSync(deck);
    const out = join(dir, 'with-chart.briefdeck');
    expect(runCli(['add', deck, '--chart', csv, '--alt', 'Bars', '--out', out, ...MARK]).status).toBe(0);
    expect(readFileSync(deck).equals(before)).toBe(true);
    expect(slidesOf(out)).toHaveLength(slidesOf(deck).length + 1);
    const r = runCli(['add', deck, '--chart', csv, '--alt', 'Bars', '--out', out, ...MARK]);
    expect([r.status, r.stderr]).toEqual([1, `briefdeck: ${out} already exists (use --force to replace it)\n`]);
    expect(runCli(['add', deck, '--chart', csv, '--alt', 'Bars', '--out', out, '--force', ...MARK]).status).toBe(0);
  });

  test('usage errors: one line each, exit 2, and the deck is byte-identical', () => {
    const deck = freshDeck('errors.briefdeck');
    const before = readFileSync(deck);
    const count = slidesOf(deck).length;
    const cases: [string[], string][] = [
      [['add', deck, '--alt', 'x'], 'add needs one figure option (--map, --chart, --picture)'],
      [['add', deck, '--chart', csv, '--picture', csv, '--alt', 'x'], 'add takes one figure at a time (given: --chart, --picture)'],
      [['add', deck, '--chart', csv], 'add needs --alt TEXT: what the chart shows, for readers who cannot see it'],
      [['add', deck, '--chart', csv, '--alt', '   '], 'add needs --alt TEXT: what the chart shows, for readers who cannot see it'],
      [['add', deck, '--chart', csv, '--alt', 'x', '--after', 'two'], '--after needs a slide number (given: "two")'],
      [['add', deck, '--chart', csv, '--alt', 'x', '--after', String(count + 1), ...MARK], `--after ${count + 1} is not a slide of ${deck} (use 0 to ${count})`],
      [['add', deck, '--chart', csv, '--alt', 'x'], `${deck} is portion-marked (capco): give the new slide its mark with --portion-marking, e.g. "(U)"`],
      [['add', '--chart', csv, '--alt', 'x'], 'add needs a deck FILE'],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect([r.status, r.stderr], args.join(' ')).toEqual([2, `briefdeck: ${message}\n`]);
    }
    expect(readFileSync(deck).equals(before)).toBe(true);
  });

  test('a damaged deck is named with its problem and never overwritten', () => {
    const damaged = join(dir, 'damaged.briefdeck');
    writeFileSync(damaged, '{"schemaVersion": 2, "slides": [');
    const before = readFileSync(damaged);
    const r = runCli(['add', damaged, '--chart', csv, '--alt', 'Bars']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^briefdeck: ${damaged.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+\n$`));
    expect(readFileSync(damaged).equals(before)).toBe(true);
  });
});
