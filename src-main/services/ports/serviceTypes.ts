/**
 * The services the IPC handlers run over, as the handlers see them. `createServices` (services.ts) builds them from
 * the template library, deck files, recovery store, recent files and exporters; tests may build them the same way
 * over temp dirs. Failures are thrown as `ServiceFailure` (a code from the contract and a message) or plain Errors.
 */
import type { Deck, Source } from '../../../src-shared/deck';
import type {
  ArgumentMap,
  ExportOptions,
  ExportProgress,
  IpcFailureCode,
  RecentFile,
  RecoveryEntry,
  GalleryCard,
  LibraryEntry,
} from '../../../src-shared/ipc';
import type { AppShell } from './appShell';
import type { AppWindows } from './appWindows';
import type { Dialogs } from './dialogs';
import type { PathGrants } from './pathGrants';
import type { SourceReader } from './sourceReader';
import type { PreflightProbe } from '../export/preflight/preflightProbe';

/** A failure a service reports on purpose; handlers turn it into `{ error: { code, message } }`. */
export class ServiceFailure extends Error {
  constructor(
    readonly code: IpcFailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceFailure';
  }
}

export interface TemplateService {
  list(): Promise<GalleryCard[]>;
  /** A new deck from template `id`; throws ServiceFailure('not-found') for an unknown id. */
  instantiate(id: string): Promise<Deck>;
  argumentMaps(): Promise<ArgumentMap[]>;
}

/** A deck read from disk. */
export interface DeckFileRead {
  deck: Deck;
  hash: string;
  readOnly: boolean;
  warnings: string[];
}

export interface DeckFileService {
  /** Reads and parses a deck; throws ServiceFailure('bad-deck' | 'io') and never writes. */
  open(path: string): Promise<DeckFileRead>;
  /**
   * Writes atomically. Returns `{ conflict }` when the file's hash differs from `expectedHash` and the user has not
   * confirmed (`overwriteChanged`). Throws ServiceFailure('io' | 'read-only') with the old file byte-identical.
   */
  save(path: string, deck: Deck, options: { expectedHash?: string; overwriteChanged?: boolean }): Promise<{ hash: string } | { conflict: { diskHash: string } }>;
}

export interface RecentService {
  list(): Promise<RecentFile[]>;
  add(path: string): Promise<void>;
}

export interface RecoveryService {
  write(key: string, deck: Deck, filePath?: string): Promise<void>;
  list(): Promise<RecoveryEntry[]>;
  /** Throws ServiceFailure('not-found') for an unknown key. */
  read(key: string): Promise<{ entry: RecoveryEntry; deck: Deck }>;
  discard(key: string): Promise<void>;
}

/** One export job. `signal` aborts it (`export:cancel`); `onProgress` feeds `export:progress`. */
export interface ExportJob {
  deck: Deck;
  /** The export options as the request carried them (format included). */
  options: ExportOptions;
  path: string;
  signal: AbortSignal;
  onProgress(progress: Omit<ExportProgress, 'jobId' | 'format'>): void;
}

export interface ExportService {
  /** Writes the export to `job.path`; throws ServiceFailure('export-failed' | 'unavailable' | 'cancelled'). */
  run(job: ExportJob): Promise<{ pageCount?: number }>;
}

/** The per-user source library (`<userData>/sources/<id>.json`), as `sources:*` handlers use it. */
export interface SourceLibrary {
  /**
   * Every file of the library, sorted by title (damaged files last, by name). A file that does not read back as a
   * source file, or names another id than its file name, is listed with `damaged`; listing never fails on one.
   */
  list(): Promise<LibraryEntry[]>;
  /** @throws ServiceFailure 'not-found' (no such source), 'bad-source' (the file is damaged), 'io'. */
  get(id: string): Promise<Source>;
  /**
   * Writes the source's file atomically (a new source, or a newer version of one). Nothing is written when the
   * source fails `SourceFileSchema` ('invalid-request') or when the file there is damaged ('bad-source': the user
   * removes it first, so nothing they might still recover is replaced).
   */
  save(source: Source): Promise<void>;
  /** Removes the source's file, damaged or not. @throws ServiceFailure 'not-found' when there is none. */
  remove(id: string): Promise<void>;
}

/** Everything the handler table needs. */
export interface Services {
  templates: TemplateService;
  deckFiles: DeckFileService;
  recent: RecentService;
  recovery: RecoveryService;
  exporter: ExportService;
  dialogs: Dialogs;
  shell: AppShell;
  windows: AppWindows;
  grants: PathGrants;
  /** The per-user source library. */
  sourceLibrary: SourceLibrary;
  /** Reads an article file into a source draft (`source:read`). */
  readSource: SourceReader;
  /** Measures export documents in a browser for the pre-export check; static checks only when absent. */
  preflightProbe?: PreflightProbe;
}
