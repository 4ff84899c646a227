import type { Deck } from '../deck';
import { standText } from '../compare/standText';
import { lastVersion } from './versionSnapshot';

/** One moved judgment as the "what changed" slide prints it: its text and mark, its stand before and after, and the reason. */
export interface WhatChangedJudgment {
  text: string;
  /** The judgment's portion marking as issued ("" for none), printed before it. */
  portionMarking: string;
  from: string;
  to: string;
  reason: string;
}

/**
 * The content of a "what changed" slide, the same in every output (preview, presenter view, HTML, PDF, PowerPoint,
 * Markdown): `caption` names the versions ("v2 (2026-12-02), since v1"); the moved judgments; the titles of the
 * sources added and dropped; and `empty`, the sentence printed instead when there is nothing to list (a deck never
 * issued, a first version, or a version in which nothing moved), so the slide is never blank.
 */
export interface WhatChanged {
  caption: string;
  judgments: WhatChangedJudgment[];
  sourcesAdded: string[];
  sourcesDropped: string[];
  empty: string | null;
}

/** Labels of the "what changed" slide (English; the slide's own title can be retyped in the deck's language). */
export const WHAT_CHANGED_LABELS = {
  title: 'What changed',
  sourcesAdded: 'Sources added',
  sourcesDropped: 'Sources dropped',
  reason: 'Why',
} as const;

/**
 * What the deck's last issued version recorded as changed since the version before it (DeckVersion.changes).
 * Edits made after the last version are not listed: they are listed once a version issues them, with their reasons.
 */
export function whatChanged(deck: Pick<Deck, 'versions'>): WhatChanged {
  const last = lastVersion(deck);
  const none = (caption: string, empty: string): WhatChanged => ({ caption, judgments: [], sourcesAdded: [], sourcesDropped: [], empty });
  if (!last) return none('', 'This deck has not been issued yet: there is no earlier version to compare with.');
  const dated = last.date ? `${last.label} (${last.date})` : last.label;
  if (!last.changes) return none(dated, `${last.label} is the first issued version: there is no earlier version to compare with.`);
  const c = last.changes;
  const judgments = c.judgments.map((j) => ({ text: j.text, portionMarking: j.portionMarking ?? '', from: standText(j.from), to: standText(j.to), reason: j.reason }));
  const sourcesAdded = c.sourcesAdded.map((s) => s.title || s.id);
  const sourcesDropped = c.sourcesDropped.map((s) => s.title || s.id);
  const nothing = judgments.length + sourcesAdded.length + sourcesDropped.length === 0;
  return { caption: `${dated}, since ${c.since}`, judgments, sourcesAdded, sourcesDropped, empty: nothing ? `No judgment moved and no source was added or dropped since ${c.since}.` : null };
}
