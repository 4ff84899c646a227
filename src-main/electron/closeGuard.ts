/**
 * Closing or quitting with unsaved changes asks first (docs/security.md, "Saving without loss"): Save, Don't Save,
 * or Cancel. Save asks the renderer to save and then close (`menu:command` 'save-and-close'); the window closes only
 * once the renderer reports success through `app:closeWindow`.
 */
import type { Dialogs } from '../services/ports/dialogs';

export type CloseDecision = 'close' | 'save-then-close' | 'stay';

/** What to do when a window is about to close. Asks only when `dirty`. */
export async function decideClose(dirty: boolean, windowId: string, dialogs: Pick<Dialogs, 'confirm'>, deckName: string): Promise<CloseDecision> {
  if (!dirty) return 'close';
  const choice = await dialogs.confirm(windowId, {
    message: `Save the changes to ${deckName || 'this deck'} before closing?`,
    detail: "Your changes will be lost if you don't save them.",
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
  });
  if (choice === 0) return 'save-then-close';
  if (choice === 1) return 'close';
  return 'stay';
}
