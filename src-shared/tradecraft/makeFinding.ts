import type { Finding } from './finding';
import { RULES, type RuleId } from './rules';
import type { Statement } from './statements';

/** Where a finding points: a statement, a slide (index and id, field ''), or the whole deck (null). */
export type FindingPlace = Pick<Statement, 'slideIndex' | 'slideId' | 'field'> | null;

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
