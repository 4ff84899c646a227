import { z } from 'zod';

/** The estimative fields of a judgment that a version records: its statement kind, likelihood and confidence. */
export const JudgmentStandSchema = z.looseObject({
  kind: z.string().max(40).optional(),
  likelihood: z.string().max(100).optional(),
  confidence: z.string().max(40).optional(),
});
export type JudgmentStand = z.infer<typeof JudgmentStandSchema>;

/**
 * A judgment that moved between the previous issued version and this one (ICD 203 standard 7: "explain change to or
 * consistency of analytic judgments"): where it is (`slideId`, `field` as in slideStatements, e.g. "judgments[1]"),
 * its text and portion marking as issued, what it was (`from`) and is (`to`), and the analyst's `reason`, required when the version is
 * issued.
 */
export const JudgmentMoveSchema = z.looseObject({
  slideId: z.string().max(100),
  field: z.string().max(200),
  text: z.string().max(4000),
  portionMarking: z.string().max(40).optional().describe('The portion marking of the judgment as issued, printed before it (ICD 710)'),
  from: JudgmentStandSchema,
  to: JudgmentStandSchema,
  reason: z.string().min(1, 'a moved judgment needs the reason it moved').max(2000),
});
export type JudgmentMove = z.infer<typeof JudgmentMoveSchema>;

/** A source named by a version's change record: its id and its title at the time. */
export const VersionSourceSchema = z.looseObject({ id: z.string().max(200), title: z.string().max(1000) });

/**
 * What changed since the previous issued version, worked out when this version was issued: the judgments that moved
 * (with reasons) and the sources added or dropped. The "what changed" slide prints it.
 */
export const VersionChangesSchema = z.looseObject({
  since: z.string().max(100).describe('Label of the previous version'),
  judgments: z.array(JudgmentMoveSchema).max(2000).default([]),
  sourcesAdded: z.array(VersionSourceSchema).max(500).default([]),
  sourcesDropped: z.array(VersionSourceSchema).max(500).default([]),
});
export type VersionChanges = z.infer<typeof VersionChangesSchema>;

/**
 * An issued version of the deck: its label ("v1", "v2" or the analyst's own), the issue date (ISO 8601 YYYY-MM-DD),
 * who issued it, what changed since the version before (absent for the first), and a snapshot of the whole deck
 * content as it was issued (every deck field except `versions`), so the version can be opened read-only and exported
 * as it was. The snapshot is validated as a deck (parseDeck) only when it is opened, so a deck with many versions
 * opens at the cost of one.
 */
export const DeckVersionSchema = z.looseObject({
  label: z.string().min(1, 'a version needs a label').max(100),
  date: z.string().max(40),
  author: z.string().max(500).default(''),
  changes: VersionChangesSchema.optional(),
  snapshot: z
    .record(z.string(), z.unknown())
    .refine((s) => Array.isArray(s.slides), 'a version snapshot holds the deck content (its slides)')
    .describe('The deck content as issued, without versions'),
});
export type DeckVersion = z.infer<typeof DeckVersionSchema>;
