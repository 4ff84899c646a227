import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedSlideIndices, updateDeckSections } from '../../src-renderer/preview/incrementalSections';
import { DeckSchema, type Deck } from '../../src-shared/deck';
import { deckWrapperHtml, renderDeckHtml } from '../../src-shared/render';

const template = JSON.parse(readFileSync(join(__dirname, '../../templates/full-briefing.json'), 'utf8'));
const base: Deck = DeckSchema.parse(template.deck);
const full = (d: Deck) => renderDeckHtml(d, { includeHidden: true, includeNotes: false });
/** The frame's slides as one deck: the list of sections in the one deck wrapper. */
const shown = (d: Deck, sections: readonly string[]) => deckWrapperHtml(d, sections.join(''));
const edit = (d: Deck, i: number, patch: Record<string, unknown>): Deck => ({ ...d, slides: d.slides.map((s, k) => (k === i ? ({ ...s, ...patch } as typeof s) : s)) });

describe('the preview sections, updated slide by slide', () => {
  it('one section per deck slide, equal to renderDeckHtml after a text edit, re-rendering only that slide', () => {
    const first = updateDeckSections(null, base);
    expect(first.sections).toHaveLength(base.slides.length);
    expect(shown(base, first.sections)).toBe(full(base));
    const typed = edit(base, 2, { title: 'Context: <b>typed</b> & edited' });
    expect(changedSlideIndices(base, typed)).toEqual([2]);
    const next = updateDeckSections(first, typed);
    expect(shown(typed, next.sections)).toBe(full(typed));
    expect(next.sections[2]).toContain('Context: &lt;b&gt;typed&lt;/b&gt; &amp; edited');
    // The other sections are the very same strings (not re-rendered).
    next.sections.forEach((s, i) => i !== 2 && expect(s).toBe(first.sections[i]));
  });

  it('falls back to a full render when numbering can change: citations, order, hidden, deck settings', () => {
    const first = updateDeckSections(null, base);
    const cited = edit(base, 2, { citations: [{ sourceId: base.sources[0]?.id ?? 'src', paragraphs: [4] }] });
    const moved = { ...base, slides: [base.slides[1], base.slides[0], ...base.slides.slice(2)] };
    const hidden = edit(base, 3, { hidden: true });
    const dark = { ...base, theme: 'briefing-dark' as const };
    for (const next of [cited, moved, hidden, dark]) {
      expect(changedSlideIndices(base, next)).toBeNull();
      expect(shown(next, updateDeckSections(first, next).sections)).toBe(full(next));
    }
  });

  it('a chain of edits stays equal to a fresh render', () => {
    let deck = base;
    let cache = updateDeckSections(null, deck);
    for (let k = 0; k < 5; k++) {
      deck = edit(deck, (k * 3) % deck.slides.length, { title: `Title ${k}`, notes: `n${k}` });
      cache = updateDeckSections(cache, deck);
    }
    expect(shown(deck, cache.sections)).toBe(full(deck));
  });
});

describe('an empty deck', () => {
  it('has no sections, and its wrapper is the one renderDeckHtml writes', () => {
    const empty = { ...base, slides: [] };
    expect(updateDeckSections(null, empty).sections).toEqual([]);
    expect(shown(empty, [])).toBe(full(empty));
  });
});
