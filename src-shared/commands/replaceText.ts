import type { Slide } from '../deck';
import { type DeckMatch, type FindOptions, matchesIn, queryPattern } from '../find/findInDeck';
import { slideTextFields, withFieldText } from '../find/slideTextFields';
import { defineCommand } from './command';

export interface ReplaceAllArgs {
  query: string;
  /** Taken literally: `$&` or `$1` in it are text, not references. */
  replacement: string;
  options: FindOptions;
}

/** Replaces the [start, end) ranges of `text` by `replacement`; null when the result would pass `max` characters. */
function spliced(text: string, ranges: readonly [number, number][], replacement: string, max: number): string | null {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + replacement;
    at = end;
  }
  out += text.slice(at);
  return out.length > max ? null : out;
}

/** Replaces every match in one slide; returns the slide (the same object when nothing changed) and the count. */
function replaceInSlide(slide: Slide, pattern: RegExp, replacement: string): { slide: Slide; count: number } {
  let next = slide;
  let count = 0;
  for (const f of slideTextFields(slide)) {
    const ranges = matchesIn(f.text, pattern);
    if (ranges.length === 0) continue;
    const text = spliced(f.text, ranges, replacement, f.max);
    if (text === null || text === f.text) continue;
    next = withFieldText(next, f.path, text);
    count += ranges.length;
  }
  return { slide: next, count };
}

/**
 * How many matches "Replace all" would change (a field that would grow past its schema limit is left alone and not
 * counted). Pure.
 */
export function countReplaceable(deck: Parameters<typeof replaceAll.perform>[0], args: ReplaceAllArgs): number {
  const pattern = queryPattern(args.query, args.options);
  if (!pattern) return 0;
  return deck.slides.reduce((n, slide) => n + replaceInSlide(slide, pattern, args.replacement).count, 0);
}

/**
 * "Replace all" (Ctrl+H): every match of the query in every slide's text fields (slideTextFields), as ONE undo
 * step. A field whose text would pass its schema limit is left unchanged. Returns the input deck when nothing
 * matches.
 */
export const replaceAll = defineCommand<ReplaceAllArgs>({
  name: 'replaceAll',
  label: 'Replace all',
  perform(deck, { query, replacement, options }) {
    const pattern = queryPattern(query, options);
    if (!pattern) return deck;
    let changed = false;
    const slides = deck.slides.map((slide) => {
      const r = replaceInSlide(slide, pattern, replacement);
      if (r.slide !== slide) changed = true;
      return r.slide;
    });
    return changed ? { ...deck, slides } : deck;
  },
});

export interface ReplaceMatchArgs extends ReplaceAllArgs {
  match: Pick<DeckMatch, 'slideId' | 'field' | 'start' | 'end'>;
}

/**
 * "Replace" (one match): replaces the match found by Find, if the field still holds a match of the query at that
 * place (the text may have changed since); else the input deck comes back.
 */
export const replaceMatch = defineCommand<ReplaceMatchArgs>({
  name: 'replaceMatch',
  label: 'Replace',
  perform(deck, { query, replacement, options, match }) {
    const pattern = queryPattern(query, options);
    const index = deck.slides.findIndex((s) => s.id === match.slideId);
    if (!pattern || index < 0) return deck;
    const slide = deck.slides[index];
    const f = slideTextFields(slide).find((x) => x.field === match.field);
    if (!f || !matchesIn(f.text, pattern).some(([s, e]) => s === match.start && e === match.end)) return deck;
    const text = spliced(f.text, [[match.start, match.end]], replacement, f.max);
    if (text === null || text === f.text) return deck;
    const slides = deck.slides.slice();
    slides[index] = withFieldText(slide, f.path, text);
    return { ...deck, slides };
  },
});
