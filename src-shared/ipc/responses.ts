/**
 * Success response types of the core invoke channels. Every response is plain, structured-clone safe data, and every
 * channel may also resolve to `IpcFailure` (`{ error: { code, message } }`) instead; check with `isIpcFailure`.
 * Success shapes are always objects without a top-level `error` key.
 */
import type { PreflightIssue } from '../export/preflightChecks';
import type { Deck, Source, ThemeFile } from '../deck';
import type { ArgumentMap, GalleryCard } from './libraryTypes';
import type { ParagraphReview, SourceDraft } from '../sources/import';
import type { LibraryEntry } from './sourceTypes';
import type { ImportedPictureData } from './pictureTypes';

/** The user dismissed an OS dialog (open, save, export). Nothing was read or written. */
export interface Canceled {
  canceled: true;
}

/** A recovery copy: an autosaved deck kept apart from the user's file. */
export interface RecoveryEntry {
  key: string;
  /** The deck file the copy belongs to; absent for a deck never saved. */
  filePath?: string;
  title: string;
  /** When the copy was written, ms since the Unix epoch. */
  savedAt: number;
  /** True when the copy is newer than the file on disk (or there is no file): offer to restore it. */
  newerThanFile: boolean;
}

/** A deck opened from disk. */
export interface OpenedDeck {
  path: string;
  deck: Deck;
  /** Hex SHA-256 of the file's bytes; pass back as `expectedHash` when saving. */
  hash: string;
  /** True for a file with a newer schemaVersion: show it, never save over it (Save As only). */
  readOnly: boolean;
  /** Non-fatal notes: unknown fields kept, a BOM dropped, a migration applied ... */
  warnings: string[];
  /** A recovery copy of this file newer than the file itself, if there is one: offer to restore it. */
  newerRecovery?: RecoveryEntry;
}

/**
 * A Markdown file imported as a new deck (never tied to the file: saving asks for a .briefdeck path). `warnings`
 * name what was dropped or changed on the way, with the 1-based slide number when there is one.
 */
export interface ImportedMarkdown {
  deck: Deck;
  warnings: { slide?: number; message: string }[];
}

/** An entry of the recent-files list, newest first. */
export interface RecentFile {
  path: string;
  /** The file's base name, for the menu. */
  name: string;
  /** Last opened or saved, ms since the Unix epoch. */
  openedAt: number;
}

/** The file changed on disk since it was opened (content hash differs): ask, then save with `overwriteChanged`. */
export interface SaveConflict {
  conflict: { path: string; diskHash: string };
}

export interface Ok {
  ok: true;
}

/** Success responses of the core channels. */
export interface CoreInvokeResponses {
  'templates:list': { templates: GalleryCard[] };
  'templates:instantiate': { deck: Deck };
  'arguments:list': { maps: ArgumentMap[] };
  'deck:open': OpenedDeck | Canceled;
  'deck:openPath': OpenedDeck;
  'deck:importMarkdown': ImportedMarkdown | Canceled;
  'deck:save': { path: string; hash: string } | SaveConflict | Canceled;
  'recent:list': { files: RecentFile[] };
  'recovery:write': Ok;
  'recovery:list': { entries: RecoveryEntry[] };
  'recovery:read': { entry: RecoveryEntry; deck: Deck };
  'recovery:discard': Ok;
  'export:run': { path: string; pageCount?: number } | Canceled;
  'export:cancel': Ok;
  /** The pre-export check's findings (src-shared/export PreflightIssue), ordered by slide. */
  'export:preflight': { issues: PreflightIssue[] };
  'app:setTitle': Ok;
  'app:setDirty': Ok;
  'app:setUndoLabels': Ok;
  'app:closeWindow': Ok;
  /** The file read into blocks, and the numbering rule's proposal (`numberParagraphs(draft.blocks, title)`). */
  'source:read': { draft: SourceDraft; review: ParagraphReview } | Canceled;
  'sources:list': { sources: LibraryEntry[] };
  'sources:get': { source: Source };
  'sources:save': Ok;
  'sources:remove': Ok;
  'picture:import': { picture: ImportedPictureData } | Canceled;
  'picture:fromBytes': { picture: ImportedPictureData };
  'theme:open': { theme: ThemeFile; name: string } | Canceled;
  'theme:save': { path: string } | Canceled;
}
