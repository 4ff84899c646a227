import { LOGO_CORNERS, PICTURE_DATA_URL, type Deck } from '../../deck';
import { escapeHtml } from './escapeHtml';

/**
 * The brand's logo on one slide: `<img class="bd-logo" data-corner="top-right" src="data:image/…" alt>` (placed by
 * brandCss), or '' when the deck has no logo. The src is emitted only if it is an embedded picture data URL (the
 * schema's rule, checked again here) and the corner only if it is a known one.
 */
export function logoHtml(deck: Pick<Deck, 'brand'>): string {
  const logo = deck.brand?.logo;
  if (!logo || !PICTURE_DATA_URL.test(logo.src) || !(LOGO_CORNERS as readonly string[]).includes(logo.corner)) return '';
  return `<img class="bd-logo" data-corner="${logo.corner}" src="${escapeHtml(logo.src)}" alt="${escapeHtml(logo.alt)}">`;
}
