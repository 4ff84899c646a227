import { z } from 'zod';

/**
 * Date of a source or fact: ISO 8601 calendar date at year, month or day precision ("2023", "2023-10",
 * "2023-10-26"), or an ISO 8601 interval of two such dates ("2023-10-07/2023-10-14").
 */
export const PartialIsoDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?(\/\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$/,
    'date must be ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) or an interval "start/end"',
  );

/** A section of the source: a heading (or "Introduction (no heading)") and its first and last body paragraph. */
export const SourceSectionSchema = z.looseObject({
  id: z.string().min(1).max(100),
  title: z.string().min(1).max(300),
  first: z.number().int().min(1),
  last: z.number().int().min(1),
});
export type SourceSection = z.infer<typeof SourceSectionSchema>;

/**
 * One body paragraph of the source: its 1-based number, the id of its section, and a one-line summary in the
 * project's own words (never the paragraph's text; see the source README's rules).
 */
export const SourceParagraphSchema = z.looseObject({
  n: z.number().int().min(1),
  section: z.string().min(1).max(100),
  summary: z.string().min(1).max(240).describe('One line in our own words, at most 240 characters'),
});
export type SourceParagraph = z.infer<typeof SourceParagraphSchema>;

/**
 * The source record of an argument map: the fields of a deck `Source` (id, title, authors, publisher, date, url)
 * plus the number of body paragraphs, its sections, and one summary line per paragraph. Consistency (paragraphs
 * numbered 1..paragraphCount, each inside its section's range) is checked by `ArgumentMapSchema`.
 */
export const SourceRecordSchema = z.looseObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'source id must be lower-case letters, digits and hyphens'),
  title: z.string().min(1).max(1000),
  authors: z.array(z.string().min(1).max(300)).min(1).max(50),
  publisher: z.string().max(300).default(''),
  place: z.string().max(300).optional(),
  date: PartialIsoDate.describe('Publication date'),
  url: z
    .string()
    .max(2000)
    .regex(/^https:\/\/[^\s]+$/, 'url must be an https: address')
    .describe('The address of the source (shown as text; https only)'),
  paragraphCount: z.number().int().min(1).max(10_000).describe('Number of citable body paragraphs'),
  sections: z.array(SourceSectionSchema).min(1).max(200),
  paragraphs: z.array(SourceParagraphSchema).max(10_000),
  fingerprint: z
    .array(z.string().regex(/^[0-9a-f]{8}$/))
    .max(1_000_000)
    .optional()
    .describe('Hashes of every 8-word run of the source text, headings included (src-shared/tradecraft/fingerprint.ts)'),
});
export type SourceRecord = z.infer<typeof SourceRecordSchema>;
