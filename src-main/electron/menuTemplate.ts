/**
 * The native menu as a pure template: File, Edit (Undo / Redo with the action's name),
 * View (Present, Present from current slide, Source panel, Zoom), Help. Items that send a `menu:command` show their accelerator
 * but do not register it (`registerAccelerator: false`): the renderer's own key map handles those keys (field-aware
 * Delete and undo, Cmd on macOS), the same in Electron and in the Playwright harness, so a key never runs twice.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../src-shared/ipc';

export interface MenuState {
  platform: NodeJS.Platform;
  /** Labels from `app:setUndoLabels` of the focused window, e.g. "Move slide". */
  undoLabel?: string;
  redoLabel?: string;
  recent: RecentFile[];
  /** Show "Toggle Developer Tools" (unpackaged builds only). */
  devTools: boolean;
}

export interface MenuActions {
  command(command: MenuCommand): void;
  about(): void;
  shortcuts(): void;
}

/** A menu item that sends `command`, showing (not registering) `accelerator`. */
function commandItem(label: string, command: MenuCommand, actions: MenuActions, accelerator?: string, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions {
  return { label, ...(accelerator ? { accelerator, registerAccelerator: false } : {}), click: () => actions.command(command), ...extra };
}

/** The whole menu bar. Pure: the same state gives the same template. */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] =
    state.recent.length > 0
      ? state.recent.map((f) => ({ label: f.name, sublabel: f.path, click: () => actions.command({ command: 'open-recent', path: f.path }) }))
      : [{ label: 'No recent decks', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      commandItem('New from Template…', { command: 'new-from-template' }, actions, 'CmdOrCtrl+N'),
      commandItem('Open…', { command: 'open' }, actions, 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentItems },
      commandItem('Import Markdown…', { command: 'import-markdown' }, actions),
      commandItem('Import Source…', { command: 'import-source' }, actions),
      commandItem('Add Source from Library…', { command: 'add-source-from-library' }, actions),
      commandItem('Argument Map…', { command: 'argument-map' }, actions),
      { type: 'separator' },
      commandItem('Save', { command: 'save' }, actions, 'CmdOrCtrl+S'),
      commandItem('Save As…', { command: 'save-as' }, actions, 'CmdOrCtrl+Shift+S'),
      commandItem('Export…', { command: 'export' }, actions, 'CmdOrCtrl+E'),
      commandItem('Issue Version…', { command: 'issue-version' }, actions),
      commandItem('Versions…', { command: 'versions' }, actions),
      { type: 'separator' },
      { label: 'Close', accelerator: 'CmdOrCtrl+W', click: () => actions.command({ command: 'close' }) },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      commandItem(state.undoLabel ? `Undo ${state.undoLabel}` : 'Undo', { command: 'undo' }, actions, 'CmdOrCtrl+Z', { enabled: !!state.undoLabel }),
      commandItem(state.redoLabel ? `Redo ${state.redoLabel}` : 'Redo', { command: 'redo' }, actions, mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', { enabled: !!state.redoLabel }),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      commandItem('Find…', { command: 'find' }, actions, 'CmdOrCtrl+F'),
      commandItem('Replace…', { command: 'replace' }, actions, mac ? 'Cmd+Shift+H' : 'Ctrl+H'),
      { type: 'separator' },
      commandItem('New Slide', { command: 'new-slide' }, actions, mac ? 'Cmd+Shift+N' : 'Ctrl+M'),
      commandItem('Duplicate Slide', { command: 'duplicate-slide' }, actions, 'CmdOrCtrl+D'),
      commandItem('Delete Slide', { command: 'delete-slide' }, actions, 'Delete'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      commandItem('Present', { command: 'present' }, actions, 'F5'),
      commandItem('Present from Current Slide', { command: 'present-current' }, actions, 'Shift+F5'),
      { type: 'separator' },
      commandItem('Source Panel', { command: 'toggle-sources' }, actions),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(state.devTools ? [{ role: 'toggleDevTools' } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Keyboard Shortcuts', click: () => actions.shortcuts() },
      ...(mac ? [] : [{ label: 'About BriefDeck', click: () => actions.about() }]),
    ],
  };

  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, view, ...(mac ? [{ role: 'windowMenu' } as const] : []), help];
}
