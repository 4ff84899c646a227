import type { Finding } from './finding';
import { RULES, type RuleId } from './rules';
import type { Statement } from './statements';

/** Where a finding points: a statement, a slide (index and id, field ''), or the whole deck (null, or deckField). */
export type FindingPlace = { slideIndex: number | null; slideId: string; field: string } | null;

/**
 * A deck-wide place with the deck setting it concerns ("classification.text", "marking.authority"), so that two
 * deck-wide findings of one rule stay apart (an acknowledgement names rule, slide and field).
 */
export function deckField(field: string): FindingPlace {
  return { slideIndex: null, slideId: '', field };
}

/** A finding of `rule` at `place`, with the rule's severity, reason and source from the rule table. */
export function makeFinding(rule: RuleId, place: FindingPlace, message: string): Finding {
  const { severity, why, source } = RULES[rule];
  return { rule, severity, slideId: place?.slideId ?? '', slideIndex: place?.slideIndex ?? null, field: place?.field ?? '', message, why, source };
}

/** Shortens a statement's text for a message: the first 60 characters, with "…" when cut. */
export function excerpt(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** "Slide 3, key judgment 2" for a message. */
export function where(s: Pick<Statement, 'slideIndex' | 'label'>): string {
  return `Slide ${s.slideIndex + 1}, ${s.label}`;
}
