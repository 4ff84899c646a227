// Benchmark decks for the editor: bench/benchDeck.mjs's mixed-layout text decks, with the deck schema's defaults
// filled in (src-shared/deck: the shape main hands the renderer after parseDeck), so the stand-in api can return
// them as `deck:openPath` results without running zod in Node.
import { benchDeck } from './benchDeck.mjs';

const item = (b) => ({ level: 0, fragment: false, ...b });

function slideWithDefaults(s, i) {
  const base = { title: '', notes: `Speaker notes for slide ${i + 1}: what to say, in two short sentences.`, citations: [], argumentIds: [], hidden: false, ...s };
  switch (s.layout) {
    case 'bullets':
      return { ...base, bullets: (s.bullets ?? []).map(item) };
    case 'bluf':
      return { ...base, bluf: s.bluf ?? '', judgments: (s.judgments ?? []).map((j) => ({ confidence: 'moderate', fragment: false, ...j })) };
    case 'two-column':
      return { ...base, left: { heading: '', ...s.left, bullets: (s.left?.bullets ?? []).map(item) }, right: { heading: '', ...s.right, bullets: (s.right?.bullets ?? []).map(item) } };
    case 'table':
      return { ...base, caption: s.caption ?? '' };
    case 'timeline':
      return { ...base, entries: (s.entries ?? []).map((e) => ({ fragment: false, ...e })) };
    case 'title':
    case 'section':
      return { ...base, subtitle: s.subtitle ?? '' };
    default:
      return base;
  }
}

/** A full deck object of `n` slides (every schema default present). */
export function editorBenchDeck(n) {
  const deck = benchDeck(n);
  return { subtitle: '', ...deck, slides: deck.slides.map(slideWithDefaults) };
}
