import type { RuleId } from './rules';

/**
 * One tradecraft finding: which rule, where (`slideId` and `slideIndex` into `deck.slides`, and `field`, a path
 * inside the slide such as "judgments[1]", "bullets[0]", "rows[2]", "title"; for the whole deck, slideIndex null,
 * slideId '' and field the deck setting concerned, such as "classification.text", "marking.authority"),
 * a one-line `message` naming what was found, the rule's `why` and `source`, and its acknowledgement when the
 * analyst has acknowledged it (the finding is still listed; it no longer fails a strict check).
 */
export interface Finding {
  rule: RuleId;
  severity: 'error' | 'warning';
  slideId: string;
  slideIndex: number | null;
  field: string;
  message: string;
  why: string;
  source: string;
  acknowledged?: { reason: string; by: string; date: string };
}
