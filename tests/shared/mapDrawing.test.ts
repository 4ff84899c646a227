import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { MapSpecSchema, SlideSchema, type MapSpec } from '../../src-shared/deck';
import { drawMap, findCountry, mapBase, mapProblems, MapExtentError, resolveExtent } from '../../src-shared/map';

const spec = (over: Partial<MapSpec> = {}): MapSpec => MapSpecSchema.parse({ extent: 'middle-east', ...over });
const LIGHT = { theme: 'briefing-light', language: 'en', direction: 'ltr' } as const;
const svgDoc = (svg: string) => new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;

/** The subpaths of one SVG path's data (`M x,y l dx,dy … z`, as compactPath writes them), each as its absolute [x, y] vertices. */
function subpaths(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((run) => {
      const [start, steps = ''] = run.replace(/z$/, '').split('l');
      const points: [number, number][] = [start.split(',').map(Number) as [number, number]];
      for (const step of steps.split(' ').filter(Boolean)) {
        const [dx, dy] = step.split(',').map(Number);
        const [x, y] = points[points.length - 1];
        points.push([Math.round((x + dx) * 10) / 10, Math.round((y + dy) * 10) / 10]);
      }
      return points;
    });
}

/** True when the point lies inside the polygon (even-odd ray casting). */
function inside([x, y]: [number, number], poly: [number, number][]): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

describe('map projection (world-atlas 1:50m, d3-geo)', () => {
  const base = mapBase('middle-east', 1136, 456);

  test.each([
    ['Palestine', [34.4, 31.45], [35.25, 31.9]], // Gaza City; the West Bank near Ramallah
    ['Azerbaijan', [45.4, 39.2], [49.85, 40.4]], // Nakhchivan city; Baku
  ] as const)('%s has its exclave as a separate subpath at the middle-east preset', (name, exclave, main) => {
    const country = base.countries.find((c) => c.name === name);
    expect(country).toBeDefined();
    const parts = subpaths(country!.d);
    const holding = (lonLat: readonly [number, number]) => parts.findIndex((p) => inside(base.project(lonLat[0], lonLat[1]), p));
    const a = holding(exclave);
    const b = holding(main);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(b).toBeGreaterThanOrEqual(0);
    expect(a).not.toBe(b);
  });

  test('paths are clipped to the frame and rounded to 0.1 px', () => {
    for (const c of base.countries) {
      for (const [x, y] of subpaths(c.d).flat()) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1136);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(456);
      }
      expect(c.d).not.toMatch(/\d\.\d\d/);
      expect(c.d).toMatch(/^(M-?[\d.]+,-?[\d.]+(l(-?[\d.]+,-?[\d.]+ ?)+)?z)+$/);
    }
  });

  test('the base is cached per extent and size', () => {
    expect(mapBase('middle-east', 1136, 456)).toBe(base);
    expect(mapBase('middle-east', 800, 456)).not.toBe(base);
  });

  test('compactPath drops sub-px steps, writes relative steps, and keeps a tiny ring whole', async () => {
    const { compactPath } = await import('../../src-shared/map/compactPath');
    expect(compactPath('M10,10L10.2,10L11,10L11,11L10,11Z')).toBe('M10,10l1,0 0,1 -1,0z');
    expect(compactPath('M0,0L0.1,0L0,0.1Z')).toBe('M0,0l0.1,0 -0.1,0.1z');
    expect(compactPath('M0,0L5,5')).toBe('M0,0l5,5');
  });

  test('the region map is an SVG of about 50 KB, not megabytes', () => {
    const { svg } = drawMap(spec({ highlights: [{ country: 'Turkey', role: 'Actor', colour: 'accent' }] }), LIGHT);
    expect(svg.length).toBeGreaterThan(20_000);
    expect(svg.length).toBeLessThan(120_000);
  });

  test('countries are found by id or name, any case', () => {
    expect(findCountry('792')).toEqual({ id: '792', name: 'Turkey' });
    expect(findCountry('iran')).toEqual({ id: '364', name: 'Iran' });
    expect(findCountry('Atlantis')).toBeUndefined();
  });
});

describe('drawMap', () => {
  test('a highlighted country is filled with its palette colour, per theme; the legend lists its role', () => {
    const s = spec({ highlights: [{ country: 'Iran', role: 'Actor', colour: 'red' }, { country: '792', role: 'Actor', colour: 'red' }] });
    const light = svgDoc(drawMap(s, LIGHT).svg);
    const dark = svgDoc(drawMap(s, { ...LIGHT, theme: 'briefing-dark' }).svg);
    expect(light.querySelector('path[data-country="Iran"]')?.getAttribute('fill')).toBe('#d9746a');
    expect(light.querySelector('path[data-country="Turkey"]')?.getAttribute('fill')).toBe('#d9746a');
    expect(dark.querySelector('path[data-country="Iran"]')?.getAttribute('fill')).toBe('#b24c44');
    expect(light.querySelector('path[data-country="Syria"]')?.hasAttribute('fill')).toBe(false);
    const texts = [...light.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.filter((t) => t === 'Actor')).toHaveLength(1);
    expect(texts).toContain('Legend');
  });

  test('the caption names the data set and version; no legend when it is off', () => {
    const drawing = drawMap(spec({ legend: false, highlights: [{ country: 'Iran', role: 'Actor', colour: 'red' }] }), LIGHT);
    const texts = [...svgDoc(drawing.svg).querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.some((t) => /Natural Earth 4\.1/.test(t) && /world-atlas 2\.0\.2/.test(t) && /1:50m/.test(t))).toBe(true);
    expect(texts).not.toContain('Legend');
    expect(drawing.legend).toBeNull();
  });

  test('points and line labels are text; user strings are escaped, never markup', () => {
    const evil = '<script>window.__pwned=1</script>"\' onload="x"';
    const s = spec({
      highlights: [{ country: 'Syria', role: evil, colour: 'teal' }],
      points: [{ label: evil, lat: 39.93, lon: 32.86 }, { label: 'Tehran', lat: 35.69, lon: 51.39 }],
      lines: [{ label: `${evil}&`, from: { lat: 39.2, lon: 45.4 }, to: { lat: 39.3, lon: 46.4 }, arrow: true }],
    });
    const { svg } = drawMap(s, LIGHT);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toContain('onload="x"');
    const doc = svgDoc(svg);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.filter((t) => t === evil)).toHaveLength(2);
    expect(texts).toContain(`${evil}&`);
    expect(texts).toContain('Tehran');
    for (const el of doc.querySelectorAll('*')) for (const a of el.attributes) expect(a.name.startsWith('on')).toBe(false);
  });

  test('in a right-to-left deck the labels run right to left and the legend sits at the left (its end side)', () => {
    const s = spec({ highlights: [{ country: 'Iran', role: 'بازیگر', colour: 'accent' }], points: [{ label: 'تهران', lat: 35.69, lon: 51.39 }] });
    const drawing = drawMap(s, { ...LIGHT, language: 'fa', direction: 'rtl' });
    const doc = svgDoc(drawing.svg);
    expect(doc.querySelector('text')?.getAttribute('direction')).toBe('rtl');
    expect(drawing.legend!.x).toBeLessThan(drawing.width / 2);
    expect(drawMap(s, LIGHT).legend!.x).toBeGreaterThan(drawing.width / 2);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain('راهنما');
  });

  test('without text, the SVG has no <text> but the labels are still placed (for PPTX text boxes)', () => {
    const drawing = drawMap(spec({ points: [{ label: 'Ankara', lat: 39.93, lon: 32.86 }] }), { ...LIGHT, text: false });
    expect(drawing.svg).not.toContain('<text');
    expect(drawing.labels.map((l) => l.text)).toContain('Ankara');
  });
});

describe('bad extents', () => {
  test.each([
    [{ west: 50, south: 30, east: 40, north: 40 }, /west must be less than its east/],
    [{ west: 30, south: 40, east: 40, north: 35 }, /south must be less than its north/],
    [{ west: 30, south: 30, east: 190, north: 40 }, /between -180 and 180/],
    [{ west: 30, south: -95, east: 40, north: 40 }, /between -90 and 90/],
    [{ west: Number.NaN, south: 30, east: 40, north: 40 }, /four numbers/],
  ])('box %j is refused with a one-line reason', (box, message) => {
    expect(() => resolveExtent(box)).toThrow(MapExtentError);
    expect(() => resolveExtent(box)).toThrow(message);
    expect(() => drawMap({ ...spec(), extent: box }, LIGHT)).toThrow(MapExtentError);
    expect(mapProblems({ ...spec(), extent: box })[0]).toMatchObject({ field: 'extent' });
  });

  test('an unknown preset is refused; the schema refuses a bad box and a latitude outside ±90', () => {
    expect(() => resolveExtent('atlantis')).toThrow(/unknown map preset/);
    expect(MapSpecSchema.safeParse({ extent: { west: 50, south: 30, east: 40, north: 40 } }).success).toBe(false);
    expect(MapSpecSchema.safeParse({ points: [{ label: 'x', lat: 95, lon: 0 }] }).success).toBe(false);
    expect(SlideSchema.safeParse({ id: 'm', layout: 'map', map: { extent: 'south-caucasus' } }).success).toBe(true);
  });

  test('an unknown country is a field problem, not an exception', () => {
    expect(mapProblems(spec({ highlights: [{ country: 'Atlantis', role: '', colour: 'accent' }] }))).toEqual([
      { field: 'highlights[0].country', message: '"Atlantis" is not a country of the map data' },
    ]);
  });
});

describe('the map in the tradecraft checks', () => {
  test('in a marked deck the map is a portion: without its mark it is a finding on the field "map"', async () => {
    const { checkDeck } = await import('../../src-shared/tradecraft');
    const { mapDeck, regionMapSlide } = await import('./mapFixture');
    const marked = (bodyPortionMarking?: string) =>
      mapDeck({ marking: { scheme: 'capco' }, slides: [{ ...regionMapSlide({ portionMarking: '(U)', ...(bodyPortionMarking ? { bodyPortionMarking } : {}) }) }] as never });
    const unmarked = checkDeck(marked(), { argumentMaps: [] }).filter((f) => f.rule === 'portion-unmarked');
    expect(unmarked.map((f) => f.field)).toEqual(['map']);
    expect(checkDeck(marked('(U)'), { argumentMaps: [] }).filter((f) => f.rule === 'portion-unmarked')).toEqual([]);
  });
});
