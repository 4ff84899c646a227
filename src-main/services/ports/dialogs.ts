/**
 * The dialogs port: the OS file and message dialogs, as the handlers see them. Electron implements it with
 * `dialog.showOpenDialog` / `showSaveDialog` / `showMessageBox` (src-main/electron/electronDialogs.ts); the
 * Playwright harness implements it with a queue of answers that each test fills (tests/e2e/harness/queuedDialogs.ts).
 */

/** A file type filter, as in Electron's `FileFilter`: a name and extensions without the dot. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenDialogOptions {
  title: string;
  filters: FileFilter[];
}

export interface SaveDialogOptions {
  title: string;
  /** Suggested file name or full path. */
  defaultPath?: string;
  filters: FileFilter[];
}

export interface ConfirmOptions {
  message: string;
  detail?: string;
  /** Button labels, left to right as the OS shows them. */
  buttons: string[];
  /** Index of the button Enter presses. */
  defaultId: number;
  /** Index returned when the user dismisses the dialog (Esc). */
  cancelId: number;
}

/** The dialogs port. Windows are identified by the handler context's `windowId`. */
export interface Dialogs {
  /** The chosen file's absolute path, or null when the user cancels. */
  showOpen(windowId: string, options: OpenDialogOptions): Promise<string | null>;
  /** The chosen target path, or null when the user cancels. */
  showSave(windowId: string, options: SaveDialogOptions): Promise<string | null>;
  /** The index of the button the user pressed (`cancelId` when dismissed). */
  confirm(windowId: string, options: ConfirmOptions): Promise<number>;
}

/** Filters for deck files (`.briefdeck`, JSON inside). */
export const DECK_FILE_FILTERS: FileFilter[] = [{ name: 'BriefDeck deck', extensions: ['briefdeck'] }];
