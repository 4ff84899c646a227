import { z } from 'zod';

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
});

/**
 * A cited source (an article, report or dataset). `url` is shown as text; links allow only https: and mailto:.
 * `paragraphs` holds the body text of a source the user imported (the built-in article has none: its text is not
 * ours to ship).
 */
export const SourceSchema = z.looseObject({
  id: z.string().min(1).max(200),
  title: z.string().max(1000),
  authors: z.array(z.string().max(300)).max(50),
  publisher: z.string().max(300).default(''),
  date: z.string().max(40).describe('Publication date, ISO 8601 (YYYY-MM or YYYY-MM-DD)'),
  url: z.string().max(2000).default(''),
  paragraphs: z.array(SourceTextParagraphSchema).max(10_000).optional(),
});
export type Source = z.infer<typeof SourceSchema>;
