/** Handlers for the window shell: title, unsaved-changes flag, undo labels of the native Edit menu, close. */
import type { CoreHandlerTable } from './handlerTypes';
import type { Services } from '../services/ports/serviceTypes';

type AppHandlers = Pick<CoreHandlerTable, 'app:setTitle' | 'app:setDirty' | 'app:setUndoLabels' | 'app:closeWindow'>;

export function createAppHandlers({ shell }: Services): AppHandlers {
  return {
    'app:setTitle': async ({ title }, ctx) => {
      shell.setTitle(ctx.windowId, title);
      return { ok: true };
    },
    'app:setDirty': async ({ dirty }, ctx) => {
      shell.setDirty(ctx.windowId, dirty);
      return { ok: true };
    },
    'app:setUndoLabels': async ({ undo, redo }, ctx) => {
      shell.setUndoLabels(ctx.windowId, { ...(undo !== undefined ? { undo } : {}), ...(redo !== undefined ? { redo } : {}) });
      return { ok: true };
    },
    'app:closeWindow': async (_request, ctx) => {
      shell.closeWindow(ctx.windowId);
      return { ok: true };
    },
  };
}
