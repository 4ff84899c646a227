import { z } from 'zod';
import { DeckSchema, migrateRawDeck, SCHEMA_VERSION, type RawDeck } from '../deck';

/**
 * A template's deck may be written in an older deck format: it is migrated the same way an older deck file is
 * (`migrateRawDeck`), so that templates need not be rewritten for every format change.
 */
function migratedTemplateDeck(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const raw = value as RawDeck;
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || version >= SCHEMA_VERSION) return value;
  return migrateRawDeck(raw, version)?.raw ?? value;
}

/** Id of a template: lower-case letters, digits and hyphens (it is also the file name, `<id>.json`). */
export const TemplateId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'template id must be lower-case letters, digits and hyphens');

/**
 * A briefing template (`templates/<id>.json`): a named deck skeleton keyed to one or more argument maps.
 * - `argumentIds`: the arguments the template covers; its slides may cite and present only these.
 * - `sourceIds`: the argument maps (source ids) it draws on; its citations name only these.
 * - `estimatedMinutes`: the speaking time it is written for; becomes the deck's pacing target.
 * - `order`: its position in the gallery.
 * - `deck`: a valid deck (`DeckSchema`) whose slides take their text from the arguments, each slide that makes a
 *   claim citing `{sourceId, paragraphs, claimId?}`. A trailing `sources` slide is only placed: its list is
 *   generated at render time from the citations the deck actually uses.
 * Cross-checks against the argument maps live in `checkTemplate`.
 */
export const BriefingTemplateSchema = z.looseObject({
  schemaVersion: z.literal(1).default(1),
  id: TemplateId,
  name: z.string().min(1).max(120).describe('Shown on the gallery card'),
  purpose: z.string().min(1).max(600).describe('One or two sentences: when to use this briefing'),
  argumentIds: z.array(z.string().min(1).max(200)).min(1).max(200),
  sourceIds: z.array(z.string().min(1).max(200)).min(1).max(50),
  estimatedMinutes: z.number().min(1).max(600).optional(),
  order: z.number().int().min(0).max(10_000).optional().describe('Position in the template gallery (ascending; unset goes last)'),
  deck: z.preprocess(migratedTemplateDeck, DeckSchema),
});
export type BriefingTemplate = z.infer<typeof BriefingTemplateSchema>;
/** A template as written in its file, before defaults are applied. */
export type BriefingTemplateInput = z.input<typeof BriefingTemplateSchema>;
