import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDeck, type SlideOf } from '../../src-shared/deck';
import { ensureBuiltCli, runCli, tempDir } from './exportTestKit';

beforeAll(() => ensureBuiltCli(), 120_000);

/** A new deck from the five-minute BLUF template, in a fresh folder. */
function newDeck(): string {
  const file = join(tempDir(), 'deck.briefdeck');
  const r = runCli(['new', '--template', 'five-minute-bluf', '--out', file]);
  expect(r.status, r.stderr).toBe(0);
  return file;
}

describe('briefdeck add --map', () => {
  test('adds a map slide with its highlights, points, line, alt text and source line; the deck still validates and exports', () => {
    const file = newDeck();
    const before = JSON.parse(readFileSync(file, 'utf8')).slides.length as number;
    const r = runCli([
      'add', file, '--map', 'south-caucasus', '--alt', 'The South Caucasus between Turkey and Iran.', '--title', 'South Caucasus',
      '--highlight', 'Turkey=Actor', '--highlight', 'Iran=Actor:red', '--highlight', '031=Corridor sought:green',
      '--point', 'Tehran@35.69,51.39', '--line', 'Zangezur corridor@39.0,45.9>39.45,47.3', '--source-line', 'Data: Natural Earth', '--after', '1', '--portion-marking', '(U)',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`added slide 2 (“South Caucasus”, map) to ${file}\n`);
    const parsed = parseDeck(readFileSync(file));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.deck.slides).toHaveLength(before + 1);
    const slide = parsed.deck.slides[1] as SlideOf<'map'>;
    expect(slide.layout).toBe('map');
    expect(slide.alt).toBe('The South Caucasus between Turkey and Iran.');
    expect(slide.sourceLine).toBe('Data: Natural Earth');
    expect([slide.portionMarking, slide.bodyPortionMarking]).toEqual(['(U)', '(U)']);
    expect(slide.map).toEqual({
      extent: 'south-caucasus',
      highlights: [
        { country: 'Turkey', role: 'Actor', colour: 'accent' },
        { country: 'Iran', role: 'Actor', colour: 'red' },
        { country: 'Azerbaijan', role: 'Corridor sought', colour: 'green' },
      ],
      points: [{ label: 'Tehran', lat: 35.69, lon: 51.39 }],
      lines: [{ label: 'Zangezur corridor', from: { lat: 39, lon: 45.9 }, to: { lat: 39.45, lon: 47.3 }, arrow: true }],
      legend: true,
    });
    const html = join(tempDir(), 'out.html');
    expect(runCli(['export', file, '--format', 'html', '--out', html]).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('data-country="Azerbaijan"');
  }, 120_000);

  test('a box extent is taken as W,S,E,N', () => {
    const file = newDeck();
    expect(runCli(['add', file, '--map', '30,28,50,42', '--alt', 'A box.', '--no-legend', '--portion-marking', '(U)']).status).toBe(0);
    const deck = JSON.parse(readFileSync(file, 'utf8'));
    // Added before the template's closing sources slide.
    expect(deck.slides.at(-2).map).toMatchObject({ extent: { west: 30, south: 28, east: 50, north: 42 }, legend: false });
  }, 60_000);

  test.each([
    [['--map', '50,28,40,42'], /--map 50,28,40,42: the map box's west must be less than its east/],
    [['--map', 'atlantis'], /--map "atlantis" is not a preset \(middle-east, south-caucasus\) or a box W,S,E,N/],
    [['--map', 'middle-east', '--point', 'Nowhere@95,10'], /--point Nowhere@95,10: latitude 95 is outside -90 to 90/],
    [['--map', 'middle-east', '--point', 'Ankara'], /--point Ankara: write LABEL@LAT,LON/],
    [['--map', 'middle-east', '--highlight', 'Atlantis=Actor'], /"Atlantis" is not a country of the map data/],
    [['--map', 'middle-east', '--highlight', 'Turkey=Actor:pink'], /"pink" is not a colour \(accent, red, orange, green, purple, teal\)/],
  ])('%j is refused with one line and the deck is unchanged', (args, message) => {
    const file = newDeck();
    const bytes = readFileSync(file);
    const r = runCli(['add', file, ...args, '--alt', 'A map.', '--portion-marking', '(U)']);
    expect(r.status).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^briefdeck: /);
    expect(lines[0]).toMatch(message);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  }, 60_000);

  test('help lists the map options', () => {
    const r = runCli(['help']);
    expect(r.stdout).toContain('--map');
    expect(r.stdout).toContain('--highlight "Turkey=Actor[:colour]"');
    writeFileSync(join(tempDir(), 'help.txt'), r.stdout);
  });
});
