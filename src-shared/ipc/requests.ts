/**
 * zod schemas of every core invoke request. Main validates each request with these before any handler runs
 * (`validateRequest.ts`), in Electron and in the Playwright harness alike. Objects are strict: unknown keys are an
 * error, so a typo in the renderer fails loudly instead of being ignored.
 */
import { z } from 'zod';
import { BrandSchema, DeckSchema, THEMES } from '../deck';
import { ExportOptionsSchema } from '../export/exportOptions';
import type { CoreInvokeChannel } from './channels';
import { LibrarySourceIdSchema, LibrarySourceSchema } from './sourceTypes';
import { PictureBytesRequestSchema } from './pictureTypes';

/** A file-system path chosen by the user: non-empty, no NUL byte, at most 4096 characters (PATH_MAX on Linux). */
export const FilePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path must not contain a NUL byte');

/** A recovery key: the renderer's document id, safe as a file name. */
export const RecoveryKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'recovery key must be 1-64 of A-Z a-z 0-9 _ -');

/** Content hash of a deck file as returned by open/save (hex SHA-256). */
export const ContentHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'hash must be a hex SHA-256');

const empty = z.strictObject({});

/** Request schema of each core channel. */
export const CORE_REQUEST_SCHEMAS = {
  'templates:list': empty,
  'templates:instantiate': z.strictObject({ id: z.string().min(1).max(200) }),
  'arguments:list': empty,
  'deck:open': z.strictObject({ path: FilePathSchema.optional() }),
  'deck:openPath': z.strictObject({ path: FilePathSchema }),
  /** Omitted path: ask with the OS open dialog (Markdown files). Given: a path the user chose, or a .md/.markdown file. */
  'deck:importMarkdown': z.strictObject({ path: FilePathSchema.optional() }),
  'deck:save': z.strictObject({
    /** Omitted (or `saveAs: true`): ask with the OS save dialog. */
    path: FilePathSchema.optional(),
    deck: DeckSchema,
    /** The hash returned when the file was opened or last saved; a different hash on disk gives `{ conflict }`. */
    expectedHash: ContentHashSchema.optional(),
    saveAs: z.boolean().optional(),
    /** The user confirmed overwriting a file that changed on disk. */
    overwriteChanged: z.boolean().optional(),
  }),
  'recent:list': empty,
  'recovery:write': z.strictObject({ key: RecoveryKeySchema, deck: DeckSchema, filePath: FilePathSchema.optional() }),
  'recovery:list': empty,
  'recovery:read': z.strictObject({ key: RecoveryKeySchema }),
  'recovery:discard': z.strictObject({ key: RecoveryKeySchema }),
  'export:run': z.strictObject({
    deck: DeckSchema,
    /** The export options of src-shared/export as they are (format included); omitted fields take their defaults. */
    options: ExportOptionsSchema.prefault({}),
    /** Omitted: ask with the OS save dialog. Given: must be a path the user chose in this session. */
    path: FilePathSchema.optional(),
    /** Renderer-chosen id echoed in `export:progress` events and accepted by `export:cancel`. */
    jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
  }),
  'export:cancel': z.strictObject({ jobId: z.string().max(64).optional() }),
  'export:preflight': z.strictObject({ deck: DeckSchema, options: ExportOptionsSchema.prefault({}) }),
  'app:setTitle': z.strictObject({ title: z.string().max(1000) }),
  'app:setDirty': z.strictObject({ dirty: z.boolean() }),
  'app:setUndoLabels': z.strictObject({ undo: z.string().max(200).optional(), redo: z.string().max(200).optional() }),
  'app:closeWindow': empty,
  /** Omitted path: ask with the open dialog (article files). Given: a path the user chose, or one of those extensions. */
  'source:read': z.strictObject({ path: FilePathSchema.optional() }),
  'sources:list': empty,
  'sources:get': z.strictObject({ id: LibrarySourceIdSchema }),
  'sources:save': z.strictObject({ source: LibrarySourceSchema }),
  'sources:remove': z.strictObject({ id: LibrarySourceIdSchema }),
  /** Omitted path: ask with the open dialog (images). Given: a path the user chose, or an image file's extension. */
  'picture:import': z.strictObject({ path: FilePathSchema.optional() }),
  'picture:fromBytes': PictureBytesRequestSchema,
  /** Omitted path: the open dialog (.briefdeck-theme). Given: a path the user chose, or a theme file's extension. */
  'theme:open': z.strictObject({ path: FilePathSchema.optional() }),
  /** Omitted path: the save dialog. Given: a path the user chose in this session. */
  'theme:save': z.strictObject({ base: z.enum(THEMES), brand: BrandSchema, path: FilePathSchema.optional() }),
} satisfies { [C in CoreInvokeChannel]: z.ZodType };

/** The request type of a core channel as the renderer writes it (before zod defaults). */
export type CoreRequestOf<C extends CoreInvokeChannel> = z.input<(typeof CORE_REQUEST_SCHEMAS)[C]>;
/** The request type a handler receives (after validation and defaults). */
export type CoreValidRequestOf<C extends CoreInvokeChannel> = z.output<(typeof CORE_REQUEST_SCHEMAS)[C]>;
