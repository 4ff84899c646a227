import { z } from 'zod';
import { ArgumentSchema } from '../sources/argumentMap';
import { SOURCE_FORMATS } from '../sources/import/sourceBlocks';

/**
 * A citation: a source id from `deck.sources` and the body paragraph numbers it rests on (1-based, as numbered in
 * the source record; for the built-in article 1..19, see templates/arguments/). `claimId` optionally names the
 * argument-map claim or fact the citation came from.
 */
export const CitationSchema = z.looseObject({
  sourceId: z.string().min(1).max(200).describe('Id of an entry in deck.sources'),
  paragraphs: z.array(z.number().int().min(1).max(10_000)).min(1).max(100).describe('1-based body paragraph numbers'),
  claimId: z.string().max(200).optional().describe('Argument-map claim or fact id this citation came from'),
});
export type Citation = z.infer<typeof CitationSchema>;

/**
 * One body paragraph of a source whose text the deck carries (a source the user imported): its 1-based number and
 * its text. The tradecraft checks read hedges and copied word runs from it.
 */
export const SourceTextParagraphSchema = z.looseObject({
  n: z.number().int().min(1).max(10_000),
  text: z.string().max(50_000),
  section: z.string().max(100).optional().describe('Id of the section (in source.sections) the paragraph belongs to'),
  hash: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional()
    .describe('paragraphHash of the text (src-shared/sources/import/paragraphHash.ts): re-imports match paragraphs by it'),
});
export type SourceTextParagraph = z.infer<typeof SourceTextParagraphSchema>;

/** A section of an imported source: its id (cited by its paragraphs' `section`) and its heading. */
export const SourceTextSectionSchema = z.looseObject({
  id: z.string().min(1).max(100),
  title: z.string().max(300),
});
export type SourceTextSection = z.infer<typeof SourceTextSectionSchema>;

/** Where an imported source was read from: the file's base name, its format, and when (ISO 8601 date-time). */
export const SourceOriginSchema = z.looseObject({
  fileName: z.string().max(500),
  format: z.enum(SOURCE_FORMATS),
  importedAt: z.string().max(40),
});

/**
 * A cited source (an article, report or dataset). `url` is shown as text; links allow only https: and mailto:.
 * `paragraphs` holds the body text of a source the user imported (the built-in article has none: its text is not
 * ours to ship), `sections` its headings, `arguments` the argument map the user built for it (the built-in
 * article's map lives in templates/arguments/), and `origin` the file it was imported from. The deck carries all
 * of them, so that a deck sent to a colleague still carries what it cites.
 */
export const SourceSchema = z.looseObject({
  id: z.string().min(1).max(200),
  title: z.string().max(1000),
  authors: z.array(z.string().max(300)).max(50),
  publisher: z.string().max(300).default(''),
  date: z.string().max(40).describe('Publication date, ISO 8601 (YYYY-MM or YYYY-MM-DD)'),
  url: z.string().max(2000).default(''),
  paragraphs: z.array(SourceTextParagraphSchema).max(10_000).optional(),
  sections: z.array(SourceTextSectionSchema).max(1000).optional(),
  arguments: z.array(ArgumentSchema).max(200).optional(),
  origin: SourceOriginSchema.optional(),
});
export type Source = z.infer<typeof SourceSchema>;
