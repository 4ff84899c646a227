import { z } from 'zod';
import { CitationSchema } from './citation';

/** Short text fields (titles, cells): inline markup (emphasis, links) is allowed and rendered by markdown-it. */
export const InlineText = z.string().max(4000);
/** Long text (speaker notes, quotes). */
export const LongText = z.string().max(100_000);

/**
 * ICD 203 confidence levels (Intelligence Community Directive 203, "Analytic Standards", 2015: low, moderate, high).
 */
export const ConfidenceSchema = z.enum(['low', 'moderate', 'high']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * What a statement is, so that a reader can tell the source's reporting from the deck's own analysis
 * (ICD 203 standard 2, "distinguish underlying intelligence from assumptions and judgments"):
 * - `reporting`: what a source says; it needs a citation;
 * - `judgment`: the deck's own assessment; it needs a likelihood or a confidence level, and the citations it rests on;
 * - `assumption`: a premise the analysis takes as given;
 * - `indicator`: an observable that would signal a change.
 */
export const STATEMENT_KINDS = ['reporting', 'judgment', 'assumption', 'indicator'] as const;
export const StatementKindSchema = z.enum(STATEMENT_KINDS);
export type StatementKind = z.infer<typeof StatementKindSchema>;

/** A portion marking shown before a portion, e.g. "(U)", "(S//NF)" or "TLP:GREEN" (ICD 710 / TLP 2.0). */
export const PortionMarkingText = z.string().max(40);

/**
 * The to-do marks of a statement a generated deck leaves for the analyst to write (a key judgment, an indicator, the
 * bullets of a section): `todo: true` and the `placeholder` text it was made with (the statement's text starts as
 * that placeholder). The statement is still to do while `todo` is true and its text is empty or still equals the
 * placeholder (see isToDo in toDo.ts); writing the text is what clears it, so no command has to remember to.
 */
export const toDoFields = {
  todo: z.boolean().optional().describe('A placeholder the analyst has not written yet (see isToDo)'),
  placeholder: InlineText.optional().describe('The placeholder text a to-do statement was made with'),
};

/**
 * The fields every statement may carry: its kind, its portion marking, and, for a judgment, an estimative likelihood
 * (a term of the deck's yardstick, e.g. ICD 203 "likely"), a confidence level, and the basis of that confidence
 * (one line: what the confidence rests on; ICD 203 asks that confidence be explained apart from likelihood); and its
 * to-do marks (toDoFields).
 */
export const statementFields = {
  kind: StatementKindSchema.optional(),
  portionMarking: PortionMarkingText.optional(),
  likelihood: z.string().max(100).optional(),
  confidence: ConfidenceSchema.optional(),
  confidenceBasis: z.string().max(600).optional(),
  ...toDoFields,
};

/**
 * A bullet. `level` is the indent depth (0 = top level, at most 4). `fragment: true` makes it a build step
 * (a reveal.js fragment, revealed one at a time). Optional per-bullet citations render as endnote markers.
 */
export const BulletSchema = z.looseObject({
  text: InlineText,
  level: z.number().int().min(0).max(4).default(0),
  fragment: z.boolean().default(false),
  citations: z.array(CitationSchema).max(50).optional(),
  ...statementFields,
});
export type Bullet = z.infer<typeof BulletSchema>;

/**
 * A key judgment on a BLUF slide: always a judgment (its `kind`, when written, is "judgment"), with an optional
 * analytic confidence (ICD 203 low / moderate / high) and its basis, an optional estimative likelihood phrase
 * (ICD 203 table: "almost no chance" ... "almost certain"), and citations. Format 1 defaulted a missing confidence
 * to "moderate"; the migration to format 2 writes that default out, so a missing confidence now means none.
 */
export const KeyJudgmentSchema = z.looseObject({
  text: InlineText,
  confidence: statementFields.confidence,
  likelihood: statementFields.likelihood,
  fragment: z.boolean().default(false),
  citations: z.array(CitationSchema).max(50).optional(),
  kind: z.literal('judgment').optional(),
  portionMarking: statementFields.portionMarking,
  confidenceBasis: statementFields.confidenceBasis,
  ...toDoFields,
});
export type KeyJudgment = z.infer<typeof KeyJudgmentSchema>;

/** A column of a two-column slide: a heading and bullets. */
export const ColumnSchema = z.looseObject({
  heading: InlineText.default(''),
  bullets: z.array(BulletSchema).max(200).default([]),
});
export type Column = z.infer<typeof ColumnSchema>;

/** A timeline entry: a date (free text, usually ISO 8601 such as 2023-10-07) and the event. */
export const TimelineEntrySchema = z.looseObject({
  date: z.string().max(100),
  event: InlineText,
  fragment: z.boolean().default(false),
  citations: z.array(CitationSchema).max(50).optional(),
  ...statementFields,
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
