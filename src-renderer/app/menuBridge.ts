import { api, type MenuCommand } from '../api';
import { editorStore, selectDirty, undoLabels } from '../store';
import { runAction, type AppAction } from './actions';
import { openDeck, saveDeck } from './fileActions';
import { showVersionDialog } from '../versions';

/** A shortcut handled in the page within this many ms suppresses the same action arriving from the menu (ms). */
const ECHO_WINDOW_MS = 150;
let lastLocal: { action: AppAction; at: number } | null = null;

/** Records an action run from a page shortcut (see ECHO_WINDOW_MS: a menu accelerator may fire for the same key). */
export function noteLocalAction(action: AppAction): void {
  lastLocal = { action, at: performance.now() };
}

const MENU_ACTIONS: Partial<Record<MenuCommand['command'], AppAction>> = {
  'new-from-template': 'new',
  open: 'open',
  'import-markdown': 'importMarkdown',
  'import-source': 'importSource',
  'add-source-from-library': 'addSourceFromLibrary',
  'argument-map': 'argumentMap',
  save: 'save',
  'save-as': 'saveAs',
  export: 'export',
  close: 'close',
  undo: 'undo',
  redo: 'redo',
  'new-slide': 'newSlide',
  'duplicate-slide': 'duplicate',
  find: 'find',
  replace: 'replace',
  'delete-slide': 'delete',
  present: 'present',
  'present-current': 'presentCurrent',
};

/** Runs a native-menu command (or a path from main: command line, second instance, dropped file). */
export async function handleMenuCommand(cmd: MenuCommand): Promise<void> {
  const action = MENU_ACTIONS[cmd.command];
  if (action) {
    if (lastLocal && lastLocal.action === action && performance.now() - lastLocal.at < ECHO_WINDOW_MS) return;
    return runAction(action);
  }
  switch (cmd.command) {
    case 'open-recent':
    case 'open-path':
    case 'file-dropped':
      await openDeck(cmd.path);
      return;
    case 'issue-version':
    case 'versions':
      if (editorStore.getState().deck) showVersionDialog({ kind: cmd.command === 'versions' ? 'list' : 'issue' });
      return;
    case 'toggle-sources':
      if (editorStore.getState().deck) editorStore.getState().setPanel('sources');
      return;
    case 'save-and-close':
      if (await saveDeck(false)) await api().closeWindow({});
      return;
  }
}

/**
 * Connects the page to main: menu commands in; window title, dirty flag and undo/redo labels out (each sent only
 * when it changes). Returns the disconnect function.
 */
export function connectMenu(): () => void {
  const off = api().on('menu:command', (cmd) => void handleMenuCommand(cmd));
  let sent = { title: '', dirty: false, undo: null as string | null, redo: null as string | null };
  const sync = () => {
    const s = editorStore.getState();
    const dirty = selectDirty(s);
    const name = s.deck ? s.file.path?.split(/[\\/]/).pop() || s.deck.title || 'Untitled' : '';
    const title = s.deck ? `${dirty ? '• ' : ''}${name} — BriefDeck` : 'BriefDeck';
    const labels = undoLabels(s, editorStore.temporal.getState());
    if (title !== sent.title) void api().setTitle({ title });
    if (dirty !== sent.dirty) void api().setDirty({ dirty });
    if (labels.undo !== sent.undo || labels.redo !== sent.redo)
      void api().setUndoLabels({ ...(labels.undo ? { undo: labels.undo } : {}), ...(labels.redo ? { redo: labels.redo } : {}) });
    sent = { title, dirty, ...labels };
  };
  sync();
  const offStore = editorStore.subscribe(sync);
  const offHistory = editorStore.temporal.subscribe(sync);
  return () => {
    off();
    offStore();
    offHistory();
  };
}
