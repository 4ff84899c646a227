/**
 * Remembered window size and position: stored as JSON in the user-data folder, and put back on screen
 * if the display it was on is gone (a saved position that no display's work area contains is dropped, so the OS
 * centres the window).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';

export const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** A rectangle in screen DIPs (Electron's `Rectangle`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** Reads the saved state; the default for a missing or damaged file. */
export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFile(file, JSON.stringify(state), { mode: 0o600 });
}

/**
 * Fits a saved state to the current displays' work areas: the size is capped to the largest work area; the position
 * is kept only if the window's title bar (its top 40 px, at least 100 px wide) lies on some work area.
 */
export function fitWindowState(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxW = Math.max(...workAreas.map((a) => a.width));
  const maxH = Math.max(...workAreas.map((a) => a.height));
  const width = Math.min(state.width, maxW);
  const height = Math.min(state.height, maxH);
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const { x, y } = state;
  const titleBarVisible = workAreas.some((a) => {
    const overlapW = Math.min(x + width, a.x + a.width) - Math.max(x, a.x);
    return overlapW >= 100 && y >= a.y && y + 40 <= a.y + a.height;
  });
  return titleBarVisible ? { ...fitted, x, y } : fitted;
}
