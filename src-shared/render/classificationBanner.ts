import type { Classification, ClassificationLevel } from '../deck';
import { escapeHtml } from './escapeHtml';

/**
 * Banner colours by classification level, following the US CAPCO banner-line colour convention
 * (ODNI "Intelligence Community Classification and Control Markings Implementation Manual"): unclassified green,
 * CUI purple, confidential blue, secret red, top secret orange. `none` has no colour bar.
 * `background` and `text` are CSS hex colours; exporters (PDF, PPTX) reuse them.
 */
export const CLASSIFICATION_COLOURS: Record<ClassificationLevel, { background: string; text: string } | null> = {
  none: null,
  unclassified: { background: '#007a33', text: '#ffffff' },
  cui: { background: '#502b85', text: '#ffffff' },
  confidential: { background: '#0033a0', text: '#ffffff' },
  secret: { background: '#c8102e', text: '#ffffff' },
  'top-secret': { background: '#ff8c00', text: '#000000' },
};

/**
 * The classification banner of one slide edge: `<div class="bd-banner bd-banner-top bd-level-secret">TEXT</div>`.
 * Returns '' when the banner text is empty (an empty text shows no banner). The text is escaped, the level is
 * mapped through the known list (an unknown level renders as `none`).
 */
export function classificationBannerHtml(classification: Classification, edge: 'top' | 'bottom'): string {
  const text = classification.text.trim();
  if (text === '') return '';
  const level = classification.level in CLASSIFICATION_COLOURS ? classification.level : 'none';
  return `<div class="bd-banner bd-banner-${edge} bd-level-${level}" data-classification="${escapeHtml(level)}">${escapeHtml(text)}</div>`;
}
