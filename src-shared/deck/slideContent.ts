import { z } from 'zod';
import { CitationSchema } from './citation';

/** Short text fields (titles, cells): inline markup (emphasis, links) is allowed and rendered by markdown-it. */
export const InlineText = z.string().max(4000);
/** Long text (speaker notes, quotes). */
export const LongText = z.string().max(100_000);

/**
 * A bullet. `level` is the indent depth (0 = top level, at most 4). `fragment: true` makes it a build step
 * (a reveal.js fragment, revealed one at a time). Optional per-bullet citations render as endnote markers.
 */
export const BulletSchema = z.looseObject({
  text: InlineText,
  level: z.number().int().min(0).max(4).default(0),
  fragment: z.boolean().default(false),
  citations: z.array(CitationSchema).max(50).optional(),
});
export type Bullet = z.infer<typeof BulletSchema>;

/**
 * ICD 203 confidence levels (Intelligence Community Directive 203, "Analytic Standards", 2015: low, moderate, high).
 */
export const ConfidenceSchema = z.enum(['low', 'moderate', 'high']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * A key judgment on a BLUF slide: the judgment, its analytic confidence (ICD 203), an optional estimative
 * likelihood phrase (ICD 203 table: "almost no chance" ... "almost certain"), and citations.
 */
export const KeyJudgmentSchema = z.looseObject({
  text: InlineText,
  confidence: ConfidenceSchema.default('moderate'),
  likelihood: z.string().max(100).optional(),
  fragment: z.boolean().default(false),
  citations: z.array(CitationSchema).max(50).optional(),
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
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
