import type { Deck, Slide } from '../deck';
import { compareSlide } from './compareSlide';
import type { DeckComparison, SlideComparison, SourceRef } from './comparisonTypes';
import { longestIncreasing } from './longestCommon';
import { matchSlides } from './matchSlides';

type DeckContent = Pick<Deck, 'title' | 'slides' | 'sources'>;

function lone(slide: Slide, index: number, status: 'added' | 'removed'): SlideComparison {
  const ref = { index, id: slide.id, layout: slide.layout, title: slide.title };
  return { status, moved: false, matchedBy: null, before: status === 'removed' ? ref : null, after: status === 'added' ? ref : null, layoutChanged: false, text: [], judgments: [], citations: [] };
}

function sourceRefs(sources: DeckContent['sources'], without: ReadonlySet<string>): SourceRef[] {
  return sources.filter((s) => !without.has(s.id)).map((s) => ({ id: s.id, title: s.title }));
}

/**
 * Compares two decks (or two versions of one), older first: slides added, removed and moved (matchSlides: by id,
 * then by content), each matched slide's text, judgment and citation changes (compareSlide), and the deck's sources
 * added or dropped (by id). Pure; the two decks are not changed. Two 1000-slide decks compare in less time than
 * opening one of them takes (bench/deck-diff.mjs, bench/RESULTS.md "Deck comparison").
 */
export function compareDecks(before: DeckContent, after: DeckContent): DeckComparison {
  const pairs = matchSlides(before.slides, after.slides);
  const kept = longestIncreasing(pairs.map((p) => p.b));
  const entries: Array<{ key: number; entry: SlideComparison }> = [];
  const bOfA = new Map<number, number>();
  pairs.forEach((p, k) => {
    bOfA.set(p.a, p.b);
    const moved = !kept.has(k);
    const cmp = compareSlide(before.slides[p.a], after.slides[p.b], p.a, p.b);
    entries.push({ key: p.b, entry: { ...cmp, status: moved && cmp.status === 'same' ? 'changed' : cmp.status, moved, matchedBy: p.by } });
  });
  const matchedB = new Set(pairs.map((p) => p.b));
  after.slides.forEach((s, j) => {
    if (!matchedB.has(j)) entries.push({ key: j, entry: lone(s, j, 'added') });
  });
  // A removed slide goes right after the newer place of the slide before it in the older deck.
  let anchor = -1;
  let order = 0;
  before.slides.forEach((s, i) => {
    const b = bOfA.get(i);
    if (b !== undefined) {
      anchor = b;
      order = 0;
    } else entries.push({ key: anchor + 0.5 + (order++ + 1) / (before.slides.length + 2) / 2, entry: lone(s, i, 'removed') });
  });
  const slides = entries.sort((x, y) => x.key - y.key).map((e) => e.entry);
  const beforeIds = new Set(before.sources.map((s) => s.id));
  const afterIds = new Set(after.sources.map((s) => s.id));
  const sources = { added: sourceRefs(after.sources, beforeIds), dropped: sourceRefs(before.sources, afterIds) };
  const judgments = slides.flatMap((s) => s.judgments);
  const count = (f: (s: SlideComparison) => boolean) => slides.filter(f).length;
  return {
    format: 'briefdeck-comparison',
    formatVersion: 1,
    before: { title: before.title, slides: before.slides.length },
    after: { title: after.title, slides: after.slides.length },
    summary: {
      slidesAdded: count((s) => s.status === 'added'),
      slidesRemoved: count((s) => s.status === 'removed'),
      slidesMoved: count((s) => s.moved),
      slidesChanged: count((s) => s.status === 'changed'),
      judgmentsMoved: judgments.length,
      sourcesAdded: sources.added.length,
      sourcesDropped: sources.dropped.length,
    },
    slides,
    judgments,
    sources,
  };
}
