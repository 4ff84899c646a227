/**
 * The editor's keyboard shortcuts, as a PowerPoint user expects them (Microsoft Support, "Keyboard shortcuts in
 * PowerPoint"): Ctrl on Windows and Linux, Cmd on macOS.
 */
export type ShortcutAction =
  | 'new'
  | 'open'
  | 'save'
  | 'saveAs'
  | 'duplicate'
  | 'newSlide'
  | 'find'
  | 'replace'
  | 'delete'
  | 'present'
  | 'presentCurrent'
  | 'undo'
  | 'redo';

/** The fields of a KeyboardEvent the key map reads. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Where the key was pressed: a text field keeps Delete/Backspace for editing text. */
export interface KeyContext {
  mac: boolean;
  inTextField: boolean;
}

/**
 * Maps a key press to an editor action, or null. `mod` is Cmd on macOS and Ctrl elsewhere; the other modifier must
 * be up (Ctrl+S on a Mac is not Save). In a text field:
 * - Delete and Backspace edit the text (they never delete slides);
 * - Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo through the deck history (PowerPoint-like: the field's text
 *   changes are part of the deck history, a typing burst being one step), so one Undo works the same everywhere.
 */
export function shortcutFor(e: KeyInput, ctx: KeyContext): ShortcutAction | null {
  const mod = ctx.mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.altKey) return null;
  if (!mod && !e.ctrlKey && !e.metaKey) {
    if (key === 'F5') return e.shiftKey ? 'presentCurrent' : 'present';
    if ((key === 'Delete' || (ctx.mac && key === 'Backspace')) && !e.shiftKey && !ctx.inTextField) return 'delete';
    return null;
  }
  if (!mod) return null;
  if (ctx.mac && key === 'Enter') return e.shiftKey ? 'presentCurrent' : 'present';
  switch (key) {
    case 'n':
      // PowerPoint for Mac: Cmd+Shift+N is New Slide (Cmd+M minimises the window there).
      return e.shiftKey ? (ctx.mac ? 'newSlide' : null) : 'new';
    case 'o':
      return e.shiftKey ? null : 'open';
    case 's':
      return e.shiftKey ? 'saveAs' : 'save';
    case 'd':
      return e.shiftKey ? null : 'duplicate';
    case 'm':
      return e.shiftKey || ctx.mac ? null : 'newSlide';
    case 'f':
      return e.shiftKey ? null : 'find';
    case 'h':
      // Cmd+H hides the app on macOS: Replace is Cmd+Shift+H there (Word for Mac).
      return e.shiftKey === ctx.mac ? 'replace' : null;
    case 'z':
      return e.shiftKey ? 'redo' : 'undo';
    case 'y':
      return e.shiftKey ? null : 'redo';
    default:
      return null;
  }
}

/** True when keys typed at `el` edit text (inputs that take text, textareas, contenteditable). */
export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Whether the platform uses Cmd as the shortcut modifier (macOS). */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
