import { describe, expect, it } from 'vitest';
import { addColumn, removeColumn, setColumnWidths } from '../../src-shared/commands';
import { columnShares, DeckSchema, evenColumnWidths, SCHEMA_VERSION, type Deck, type SlideOf } from '../../src-shared/deck';
import { renderSlideHtml } from '../../src-shared/render';
import { deckToMarkdown, markdownToDeck } from '../../src-shared/markdown';
import { deepFreeze } from './deckFixture';

function deck(): Deck {
  return deepFreeze(
    DeckSchema.parse({ schemaVersion: SCHEMA_VERSION, title: 'T', slides: [{ id: 't', layout: 'table', title: 'Compared', columns: ['Issue', 'Turkey', 'Iran'], rows: [['Hamas', 'Political', 'Military']] }] }),
  );
}
const table = (d: Deck) => d.slides[0] as SlideOf<'table'>;

describe('table column widths', () => {
  it('are shares of the table, or null when not one per column', () => {
    expect(columnShares([20, 40, 40], 3)).toEqual([0.2, 0.4, 0.4]);
    expect(columnShares([1, 1], 2)).toEqual([0.5, 0.5]);
    expect(columnShares([50], 2)).toBeNull();
    expect(columnShares(undefined, 2)).toBeNull();
    expect(evenColumnWidths(3)).toEqual([33, 33, 34]);
  });

  it('are set and cleared by one command each, and follow columns added and removed', () => {
    const d = deck();
    const set = setColumnWidths.perform(d, { slideId: 't', widths: [20, 40, 40] });
    expect(table(set).columnWidths).toEqual([20, 40, 40]);
    expect(setColumnWidths.perform(set, { slideId: 't', widths: [20, 40, 40] })).toBe(set);
    expect(setColumnWidths.perform(set, { slideId: 't', widths: [0, 40, 40] })).toBe(set);
    expect(setColumnWidths.perform(set, { slideId: 't', widths: [20.5, 40, 40] })).toBe(set);
    const added = addColumn.perform(set, { slideId: 't', index: 1 });
    expect(table(added).columns).toEqual(['Issue', '', 'Turkey', 'Iran']);
    expect(table(added).columnWidths).toEqual([20, 25, 40, 40]);
    expect(table(removeColumn.perform(added, { slideId: 't', index: 1 })).columnWidths).toEqual([20, 40, 40]);
    expect(table(addColumn.perform(d, { slideId: 't' })).columnWidths).toBeUndefined();
    const cleared = setColumnWidths.perform(set, { slideId: 't', widths: undefined });
    expect('columnWidths' in table(cleared)).toBe(false);
  });

  it('render as <col width> attributes with a fixed table layout; no widths, no colgroup', () => {
    const html = renderSlideHtml(setColumnWidths.perform(deck(), { slideId: 't', widths: [20, 40, 40] }), 0, {});
    expect(html).toContain('<table class="bd-table bd-fixed-cols">');
    expect(html).toContain('<colgroup><col width="20.00%"><col width="40.00%"><col width="40.00%"></colgroup>');
    expect(html).not.toMatch(/<col[^>]*style=/);
    expect(renderSlideHtml(deck(), 0, {})).not.toContain('<colgroup>');
  });
});

describe('table column widths in reveal.js Markdown', () => {
  it('go out in the slide comment and come back on import; bad widths are warned and dropped', () => {
    const set = setColumnWidths.perform(deck(), { slideId: 't', widths: [20, 40, 40] });
    const md = deckToMarkdown(set);
    expect(md).toContain('data-column-widths="20,40,40"');
    const back = markdownToDeck(md);
    expect(table(back.deck).columnWidths).toEqual([20, 40, 40]);
    const bad = markdownToDeck(md.replace('data-column-widths="20,40,40"', 'data-column-widths="20,x,400"'));
    expect(table(bad.deck).columnWidths).toBeUndefined();
    expect(bad.warnings.map((w) => w.message).join('\n')).toMatch(/column widths "20,x,400"/);
  });
});
