import type { Deck } from '../deck';
import { slideTextFields } from './slideTextFields';

/** How Find compares: "Match case" and "Whole word" (Word and PowerPoint's Find options). */
export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

/** One match of a search in a deck. Matches come in reading order: slide by slide, field by field, left to right. */
export interface DeckMatch {
  slideId: string;
  /** 0-based index of the slide in the deck. */
  slideIndex: number;
  /** The editor's `data-field` of the text (SlideTextField.field). */
  field: string;
  /** 0-based position of the field among the slide's text fields (slideTextFields order). */
  fieldIndex: number;
  /** The field in words ("Bullet 3"). */
  label: string;
  /** The match in the field's text: UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
}

/** A letter, digit or underscore in any script: what "whole word" will not let touch a match. */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

/**
 * The regular expression for a literal query (nothing in it is a pattern: `.` is a dot). Case-insensitive unless
 * `matchCase`; with `wholeWord`, no letter or digit may stand right before or after the match. Null for an empty
 * query.
 */
export function queryPattern(query: string, options: FindOptions): RegExp | null {
  if (query === '') return null;
  const literal = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = options.wholeWord ? `(?<!${WORD_CHAR})${literal}(?!${WORD_CHAR})` : literal;
  return new RegExp(body, `gu${options.matchCase ? '' : 'i'}`);
}

/** The matches of `pattern` in `text`, as [start, end) pairs (empty matches skipped). */
export function matchesIn(text: string, pattern: RegExp): [number, number][] {
  const out: [number, number][] = [];
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) if (m[0].length > 0) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Every match of `query` in the deck's text fields (slideTextFields: titles, bullets, key judgments, table cells,
 * timeline entries, quotes, notes ...), in reading order. Hidden slides are searched too. Pure.
 */
export function findInDeck(deck: Pick<Deck, 'slides'>, query: string, options: FindOptions): DeckMatch[] {
  const pattern = queryPattern(query, options);
  if (!pattern) return [];
  const out: DeckMatch[] = [];
  deck.slides.forEach((slide, slideIndex) => {
    slideTextFields(slide).forEach((f, fieldIndex) => {
      for (const [start, end] of matchesIn(f.text, pattern)) out.push({ slideId: slide.id, slideIndex, field: f.field, fieldIndex, label: f.label, start, end });
    });
  });
  return out;
}

/** Orders two places in the deck (slide, field, offset) in reading order: negative when `a` comes first. */
export function compareDeckPlaces(a: Pick<DeckMatch, 'slideIndex' | 'fieldIndex' | 'start'>, b: Pick<DeckMatch, 'slideIndex' | 'fieldIndex' | 'start'>): number {
  return a.slideIndex - b.slideIndex || a.fieldIndex - b.fieldIndex || a.start - b.start;
}
