/**
 * Invoke channel names and the `window.api` method each one becomes. Names only (no zod), so that the sandboxed
 * preload can import this file without bundling the schemas. Request schemas: `requests.ts`; responses:
 * `responses.ts`; events (main -> renderer): `events.ts`; presentation channels: `presentChannels.ts`.
 */
import { PRESENT_INVOKE_METHODS } from './presentChannels';

/** Core invoke channels -> `window.api` method names. One function per channel; each takes one request object. */
export const CORE_INVOKE_METHODS = {
  /** () -> { templates: GalleryCard[] } */
  'templates:list': 'listTemplates',
  /** { id } -> { deck } (a new deck from the template, with fresh slide ids) */
  'templates:instantiate': 'instantiateTemplate',
  /** () -> { maps: ArgumentMap[] } */
  'arguments:list': 'listArgumentMaps',
  /** { path? } -> OpenDeckResult. Without a path: the OS open dialog (the harness: the test's queued answer). */
  'deck:open': 'openDeck',
  /** { path } -> OpenDeckResult, for Open Recent, the command line and dropped files. */
  'deck:openPath': 'openDeckPath',
  /**
   * { path? } -> { deck, warnings } | Canceled: a reveal.js Markdown file as a new, unsaved deck. Without a path: the
   * OS open dialog filtered to .md (the harness: the test's queued answer).
   */
  'deck:importMarkdown': 'importMarkdown',
  /** { path?, deck, expectedHash?, saveAs?, overwriteChanged? } -> SaveDeckResult */
  'deck:save': 'saveDeck',
  /** () -> { files: RecentFile[] } */
  'recent:list': 'listRecent',
  /** { key, deck, filePath? } -> { ok: true } (autosave: a recovery copy, never the user's file) */
  'recovery:write': 'writeRecovery',
  /** () -> { entries: RecoveryEntry[] } */
  'recovery:list': 'listRecovery',
  /** { key } -> { entry, deck } */
  'recovery:read': 'readRecovery',
  /** { key } -> { ok: true } */
  'recovery:discard': 'discardRecovery',
  /** { deck, options (ExportOptions, format included), path?, jobId? } -> { path, pageCount? } | { canceled: true }; progress on `export:progress` */
  'export:run': 'runExport',
  /** { jobId? } -> { ok: true } */
  'export:cancel': 'cancelExport',
  /** { deck, options } -> { issues: PreflightIssue[] }: the pre-export check, measured at the export's page size */
  'export:preflight': 'preflightExport',
  /** { title } -> { ok: true } (window title) */
  'app:setTitle': 'setTitle',
  /** { dirty } -> { ok: true } (closing or quitting with unsaved changes asks first) */
  'app:setDirty': 'setDirty',
  /** { undo?, redo? } -> { ok: true } (labels of the native Edit menu, e.g. "Undo Move slide") */
  'app:setUndoLabels': 'setUndoLabels',
  /** () -> { ok: true } closes the sender's window without asking again (after the renderer saved or discarded) */
  'app:closeWindow': 'closeWindow',
  /**
   * { path? } -> { draft: SourceDraft, review: ParagraphReview } | Canceled: an article read as a source, with the
   * numbering rule's proposed paragraphs for the user to correct. Without a path: the open dialog filtered to
   * .html/.htm/.txt/.md/.docx/.pdf.
   */
  'source:read': 'readSource',
  /** () -> { sources: LibraryEntry[] }: the per-user source library, damaged files listed as damaged. */
  'sources:list': 'listSources',
  /** { id } -> { source }: one source of the library. */
  'sources:get': 'getSource',
  /** { source } -> { ok: true }: writes the source to the library (atomic; a damaged file is never overwritten). */
  'sources:save': 'saveSource',
  /** { id } -> { ok: true }: removes the source's file from the library. */
  'sources:remove': 'removeSource',
  /** { path? } -> { picture: ImportedPictureData } | Canceled: an image file checked and normalised for a deck. Without a path: the open dialog (images). */
  'picture:import': 'importPicture',
  /** { name, base64 } -> { picture: ImportedPictureData }: a dropped or pasted image, by its bytes (at most 25 MB). */
  'picture:fromBytes': 'importPictureBytes',
  /**
   * { path? } -> { theme: ThemeFile, name } | Canceled: a .briefdeck-theme file read, checked (schema, then the logo
   * again through the picture service) for the deck to apply. Without a path: the open dialog.
   */
  'theme:open': 'openThemeFile',
  /** { base, brand, path? } -> { path } | Canceled: the deck's theme written as a .briefdeck-theme file (save dialog). */
  'theme:save': 'saveThemeFile',
} as const;

/** Every invoke channel -> method name: the core channels plus `present:*` channels. */
export const INVOKE_METHODS = { ...CORE_INVOKE_METHODS, ...PRESENT_INVOKE_METHODS } as const;

export type CoreInvokeChannel = keyof typeof CORE_INVOKE_METHODS;
export type InvokeChannel = keyof typeof INVOKE_METHODS;
export type InvokeMethod = (typeof INVOKE_METHODS)[InvokeChannel];

/** The invoke channels, in contract order. */
export const INVOKE_CHANNELS = Object.keys(INVOKE_METHODS) as InvokeChannel[];

/** True when `channel` is an invoke channel of the contract (own keys only: `__proto__`, `toString` are not). */
export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(INVOKE_METHODS, channel);
}
