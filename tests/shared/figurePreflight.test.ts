import { describe, expect, it } from 'vitest';
import { DeckSchema, type Deck } from '../../src-shared/deck';
import { resolveExportOptions } from '../../src-shared/export/exportOptions';
import { staticPreflight } from '../../src-shared/export/preflightChecks';

/** A deck of one chart (numbers, no citation), one cited chart and one map whose countries have roles. */
function deck(): Deck {
  const chart = { layout: 'chart', chartType: 'bar', columns: ['Year', 'Visits'], rows: [['2022', '3'], ['2023', '5']], alt: 'Visits by year' };
  return DeckSchema.parse({
    schemaVersion: 2,
    title: 'Figures',
    slides: [
      { id: 'a', title: 'Visits', ...chart },
      { id: 'b', title: 'Cited visits', ...chart, citations: [{ sourceId: 'mei-2023-turkey-iran', paragraphs: [7] }] },
      { id: 'c', layout: 'map', title: 'Actors', alt: 'Turkey highlighted', map: { extent: 'middle-east', highlights: [{ country: 'Turkey', role: 'Actor', colour: 'accent' }], points: [], lines: [], legend: true } },
      { id: 'd', layout: 'chart', title: 'Empty chart', chartType: 'bar', columns: ['Year', 'Visits'], rows: [['2022', '']], alt: '' },
    ],
  });
}

describe('pre-export check of figures', () => {
  const issues = staticPreflight(deck(), resolveExportOptions({ format: 'pdf' }));

  it('a chart with numbers and a map with roles are claims that need a citation; a chart with no numbers is not', () => {
    expect(issues.filter((i) => i.kind === 'uncited').map((i) => [i.slideIndex, i.message])).toEqual([
      [0, 'Slide 1 “Visits”: a claim has no citation (“Visits”).'],
      [2, 'Slide 3 “Actors”: a claim has no citation (“Actors”).'],
    ]);
  });

  it('a figure without alt text is named with the field to fill', () => {
    expect(issues.filter((i) => i.kind === 'alt-text').map((i) => [i.slideIndex, i.field, i.severity])).toEqual([[3, 'alt', 'error']]);
  });
});
