import type { ThemeId } from '../../src-shared/deck';
import { fontFaceCss, themeCss } from '../../src-shared/render';
import { fontUrl } from './fontUrls';

let appliedTheme = '';

/**
 * Applies a deck theme inside the slide frame: `<html data-theme>` and one `<style id="deck-theme">` holding the
 * theme's CSS and its @font-face rules, from the shared renderer (src-shared/render: `themeCss`, `fontFaceCss`), so
 * the preview, the presenting views and the exports look the same. An unknown id shows briefing-light (both shared
 * functions fall back to it), and the id is never placed in markup. (The deck module is imported for its types only,
 * which keeps zod out of the frame's bundle.)
 */
export function applyFrameTheme(theme: string): void {
  const id = theme as ThemeId;
  if (id === appliedTheme) return;
  appliedTheme = id;
  document.documentElement.dataset.theme = id;
  let style = document.getElementById('deck-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'deck-theme';
    document.head.appendChild(style);
  }
  style.textContent = `${fontFaceCss(fontUrl, id)}\n${themeCss(id)}`;
}
