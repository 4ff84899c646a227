/**
 * Where the presenting windows go: the audience window on an external display when there is one, else on
 * the display the editor is on; the presenter view on the primary display (the speaker's laptop). Pure, over the
 * shape of Electron's `Display` (`screen.getAllDisplays()`), so it is tested without Electron.
 */

/** The parts of an Electron `Display` this choice reads. Bounds are in DIP (device-independent px). */
export interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  /** Electron: true for a display that is the device's own panel (a laptop screen), when known. */
  internal?: boolean;
}

export interface DisplayChoice<D extends DisplayLike> {
  audience: D;
  presenter: D;
  /** True when the audience has a display of its own (the presenter view does not cover it). */
  separate: boolean;
}

/**
 * Chooses the displays. `primaryId`: `screen.getPrimaryDisplay().id`; `editorId`: the display of the editor window
 * (`screen.getDisplayMatching(editor.getBounds()).id`). The audience display is the first of: a display that is
 * neither the primary nor internal, any display other than the primary, else the editor's display. Throws
 * RangeError for an empty list.
 */
export function chooseDisplays<D extends DisplayLike>(displays: readonly D[], primaryId: number, editorId: number): DisplayChoice<D> {
  if (displays.length === 0) throw new RangeError('no display to present on');
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  const editor = displays.find((d) => d.id === editorId) ?? primary;
  const external = displays.find((d) => d.id !== primary.id && d.internal !== true) ?? displays.find((d) => d.id !== primary.id);
  if (external) return { audience: external, presenter: primary, separate: true };
  return { audience: editor, presenter: editor, separate: false };
}

/**
 * Window bounds on a display: the whole display for a fullscreen window, else centred at `fraction` of its size
 * (default 0.9), in DIP.
 */
export function boundsOn(display: DisplayLike, fullscreen: boolean, fraction = 0.9): { x: number; y: number; width: number; height: number } {
  const { x, y, width, height } = display.bounds;
  if (fullscreen) return { x, y, width, height };
  const w = Math.round(width * fraction);
  const h = Math.round(height * fraction);
  return { x: x + Math.round((width - w) / 2), y: y + Math.round((height - h) / 2), width: w, height: h };
}
