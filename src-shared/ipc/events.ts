/**
 * Events main -> renderer. The preload hands the page only the payload (never Electron's event object), and only
 * for the event names listed here (`EVENT_NAMES`).
 */
import { PRESENT_EVENTS, type PresentEventPayloads } from './presentChannels';
import type { ExportFormat } from '../export/exportOptions';

/**
 * Commands from the native menu (and from main itself: a deck path on the command line or from a second instance).
 * The renderer runs the same action as its keyboard shortcut.
 */
export type MenuCommand =
  | { command: 'new-from-template' }
  | { command: 'open' }
  /** File > Import Markdown…: a reveal.js Markdown file as a new, unsaved deck. */
  | { command: 'import-markdown' }
  /** File > Import Source…: an article as a deck source, after reviewing its paragraphs. */
  | { command: 'import-source' }
  /** File > Add Source from Library…: a source of the per-user library into the deck. */
  | { command: 'add-source-from-library' }
  /** File > Argument Map…: the argument-map editor for a deck source that has text. */
  | { command: 'argument-map' }
  | { command: 'save' }
  | { command: 'save-as' }
  | { command: 'export' }
  /** File > Issue Version…: record a version of the deck, with the reasons its judgments moved. */
  | { command: 'issue-version' }
  /** File > Versions…: the issued versions; open one read-only or compare it with the deck now. */
  | { command: 'versions' }
  | { command: 'close' }
  | { command: 'undo' }
  | { command: 'redo' }
  | { command: 'new-slide' }
  | { command: 'duplicate-slide' }
  | { command: 'delete-slide' }
  | { command: 'find' }
  | { command: 'replace' }
  | { command: 'present' }
  | { command: 'present-current' }
  /** View > Source Panel: show or hide the Source panel beside the slide editor. */
  | { command: 'toggle-sources' }
  /** File > Open Recent > path. */
  | { command: 'open-recent'; path: string }
  /** A deck path from the command line, a second instance or the OS (macOS open-file). */
  | { command: 'open-path'; path: string }
  /** A file dropped on the window (forwarded by main where the drop reaches main). */
  | { command: 'file-dropped'; path: string }
  /** Closing with unsaved changes, the user chose "Save": save, then call `closeWindow()`. */
  | { command: 'save-and-close' };
export type MenuCommandName = MenuCommand['command'];

/** Progress of `export:run`: `done` of `total` units (slides, then pages) in `stage`. */
export interface ExportProgress {
  jobId?: string;
  format: ExportFormat;
  stage: 'rendering' | 'layout' | 'printing' | 'merging' | 'writing' | 'done';
  done: number;
  total: number;
}

/** Event name -> payload. */
export interface EventPayloads extends PresentEventPayloads {
  'menu:command': MenuCommand;
  'export:progress': ExportProgress;
}
export type EventName = keyof EventPayloads;

/** Every event name, for the preload's subscription allow-list. */
export const EVENT_NAMES = ['menu:command', 'export:progress', ...PRESENT_EVENTS] as const satisfies readonly EventName[];

/** True when `name` is an event of the contract. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}
