import { z } from 'zod';
import { SourceSchema, type Source } from '../../deck';

/** The `format` value of a source file (`briefdeck source import … --out SOURCE.json`, the per-user library). */
export const SOURCE_FILE_FORMAT = 'briefdeck-source';

/**
 * A source file: one imported source with its text, sections and argument map, as `briefdeck source import`
 * writes it and the per-user source library stores it (`<library>/<source id>.json`). Beyond the deck `Source`
 * fields it requires the paragraphs, numbered 1..N in order, each in a listed section, and an id of lower-case
 * letters, digits and hyphens.
 */
export const SourceFileSchema = z
  .looseObject({
    format: z.literal(SOURCE_FILE_FORMAT),
    schemaVersion: z.literal(1),
    source: SourceSchema,
  })
  .superRefine((file, ctx) => {
    const { source } = file;
    if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(source.id)) ctx.addIssue({ code: 'custom', path: ['source', 'id'], message: 'source id must be lower-case letters, digits and hyphens' });
    const paragraphs = source.paragraphs ?? [];
    if (paragraphs.length === 0) ctx.addIssue({ code: 'custom', path: ['source', 'paragraphs'], message: 'a source file holds at least one paragraph' });
    const sections = new Set((source.sections ?? []).map((s) => s.id));
    paragraphs.forEach((p, i) => {
      if (p.n !== i + 1) ctx.addIssue({ code: 'custom', path: ['source', 'paragraphs', i, 'n'], message: `paragraph ${i + 1} is numbered ${p.n}: number them 1, 2, 3 … in order` });
      if (p.section !== undefined && !sections.has(p.section)) ctx.addIssue({ code: 'custom', path: ['source', 'paragraphs', i, 'section'], message: `section "${p.section}" is not in source.sections` });
    });
  });
export type SourceFile = z.infer<typeof SourceFileSchema>;

/** The source file that holds `source` (the same object, wrapped). */
export function sourceFileOf(source: Source): SourceFile {
  return { format: SOURCE_FILE_FORMAT, schemaVersion: 1, source };
}
