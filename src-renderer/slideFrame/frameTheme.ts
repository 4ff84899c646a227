import type { ThemeId } from '../../src-shared/deck';
import { fontFaceCss, themeCss } from '../../src-shared/render';
import { fontUrl } from './fontUrls';

let appliedTheme = '';

/**
 * Applies a deck theme inside the slide frame: `<html data-theme>` and one `<style id="deck-theme">` holding the
 * theme's CSS and its @font-face rules, from the shared renderer (src-shared/render: `themeCss`, `fontFaceCss`), so
 * the preview, the presenting views and the exports look the same. An unknown id shows briefing-light (both shared
 * functions fall back to it), and the id is never placed in markup. (The deck module is imported for its types only,
 * which keeps zod out of the frame's bundle.) `brandCss` is the deck brand's CSS, made by the parent (`brandCss` of
 * src-shared/render) and placed after the theme.
 */
export function applyFrameTheme(theme: string, brandCss = ''): void {
  const id = theme as ThemeId;
  const key = `${id}\n${brandCss}`;
  if (key === appliedTheme) return;
  appliedTheme = key;
  document.documentElement.dataset.theme = id;
  let style = document.getElementById('deck-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'deck-theme';
    document.head.appendChild(style);
  }
  // A brand may pick a family its base theme does not ship, so a branded deck gets every bundled family.
  style.textContent = `${fontFaceCss(fontUrl, brandCss === '' ? id : undefined)}\n${themeCss(id)}\n${brandCss}`;
}
