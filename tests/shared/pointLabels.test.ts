import { describe, expect, test } from 'vitest';
import { drawMap } from '../../src-shared/map';
import { labelBox, placePointLabels } from '../../src-shared/map/pointLabels';
import { MapSpecSchema } from '../../src-shared/deck';

const frame = { width: 1136, height: 456 };
const widthOf = (t: string) => t.length * 10;
const boxes = (points: { x: number; y: number; text: string }[], rtl = false) =>
  placePointLabels(points, { size: 17, rtl, frame, taken: [], widthOf }).map((p, i) => labelBox(p.x, p.y, p.anchor, widthOf(points[i].text), 17, rtl));
const overlap = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placePointLabels', () => {
  test('a lone point is labelled at its end side: right in LTR, left in RTL', () => {
    expect(placePointLabels([{ x: 300, y: 200, text: 'Ankara' }], { size: 17, rtl: false, frame, taken: [], widthOf })).toEqual([{ x: 309, y: 206, anchor: 'start' }]);
    expect(placePointLabels([{ x: 300, y: 200, text: 'Ankara' }], { size: 17, rtl: true, frame, taken: [], widthOf })).toEqual([{ x: 291, y: 206, anchor: 'start' }]);
  });
  test('two points close together get labels that do not cover each other, in either direction', () => {
    const close = [{ x: 500, y: 220, text: 'Damascus' }, { x: 492, y: 212, text: 'Beirut' }];
    for (const rtl of [false, true]) {
      const [a, b] = boxes(close, rtl);
      expect(overlap(a, b)).toBe(false);
    }
  });
  test('a label at the frame edge goes to the other side rather than off the slide', () => {
    const [p] = placePointLabels([{ x: 1130, y: 200, text: 'Tehran' }], { size: 17, rtl: false, frame, taken: [], widthOf });
    expect(p.anchor).toBe('end');
  });
  test('a label keeps clear of the legend', () => {
    const legend = { x0: 900, y0: 12, x1: 1124, y1: 120 };
    const [p] = placePointLabels([{ x: 880, y: 60, text: 'Baku' }], { size: 17, rtl: false, frame, taken: [legend], widthOf });
    expect(overlap(labelBox(p.x, p.y, p.anchor, widthOf('Baku'), 17, false), legend)).toBe(false);
  });
});

describe('the map drawing', () => {
  test('Beirut and Damascus, 85 km apart, are labelled without one covering the other', () => {
    const spec = MapSpecSchema.parse({
      extent: 'middle-east',
      points: [
        { label: 'Damascus', lat: 33.51, lon: 36.29 },
        { label: 'Beirut', lat: 33.89, lon: 35.5 },
      ],
      legend: false,
    });
    const drawing = drawMap(spec, { theme: 'briefing-light', language: 'en', direction: 'ltr' });
    const labels = drawing.labels.filter((l) => l.role === 'point');
    expect(labels.map((l) => l.text)).toEqual(['Damascus', 'Beirut']);
    const [a, b] = labels.map((l) => labelBox(l.x, l.y, l.anchor, Math.ceil(l.text.length * l.size * 0.56) * 1.06, l.size, false));
    expect(overlap(a, b)).toBe(false);
    expect(drawing.svg).toContain('text-anchor="end"');
  });
});
