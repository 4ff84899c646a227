/**
 * Which display the audience window goes on (issue 4): an external display when there is one (one that is not the
 * display of the editor window), otherwise the editor's own display. Pure over `screen.getAllDisplays()`.
 */
import type { Rect } from './windowState';

export interface DisplayLike {
  id: number;
  bounds: Rect;
}

/** The display to present on. `editorDisplayId`: `screen.getDisplayMatching(mainWindow.getBounds()).id`. */
export function pickPresentationDisplay<D extends DisplayLike>(displays: readonly D[], editorDisplayId: number, preferExternal: boolean): D | undefined {
  const editor = displays.find((d) => d.id === editorDisplayId) ?? displays[0];
  if (!preferExternal) return editor;
  return displays.find((d) => d.id !== editorDisplayId) ?? editor;
}
