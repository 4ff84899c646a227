import type { ClassificationLevel, Deck } from '../../deck';
import { effectiveBanner, type EffectiveBanner } from '../../tradecraft/markingChecks';
import { TLP_COLOURS, type TlpLabel } from '../../tradecraft/portionMarks';

export type { EffectiveBanner, TlpLabel };
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

/** The CSS class token of a TLP label: "TLP:AMBER+STRICT" -> "amber-strict". */
export function tlpToken(label: TlpLabel): string {
  return label.slice(4).toLowerCase().replace('+', '-');
}

const cache = new WeakMap<object, EffectiveBanner>();

/**
 * The banner every page of `deck` prints: `effectiveBanner` (src-shared/tradecraft: typed for scheme none, computed
 * from the portion marks for CAPCO and TLP decks). Cached per deck object (decks are replaced, never mutated, on
 * edit), so a 1000-slide render computes it once.
 */
export function deckBanner(deck: Pick<Deck, 'slides' | 'classification' | 'marking'>): EffectiveBanner {
  let banner = cache.get(deck);
  if (!banner) {
    banner = effectiveBanner(deck);
    cache.set(deck, banner);
  }
  return banner;
}

/**
 * The classification banner of one slide edge: `<div class="bd-banner bd-banner-top bd-level-secret">TEXT</div>`,
 * or for a TLP deck `<div class="bd-banner bd-banner-top bd-tlp bd-tlp-amber" data-tlp="TLP:AMBER">` (the label's
 * TLP 2.0 colour on black). Returns '' when the banner text is empty (an empty text shows no banner). The text is
 * escaped, the level is mapped through the known list (an unknown level renders as `none`). The bottom banner is
 * `aria-hidden`: it repeats the top one, so a screen reader (and the tagged PDF, which marks it as an artifact)
 * reads the marking once per slide or page.
 */
export function classificationBannerHtml(banner: EffectiveBanner, edge: 'top' | 'bottom'): string {
  const text = banner.text.trim();
  if (text === '') return '';
  const hidden = edge === 'bottom' ? ' aria-hidden="true"' : '';
  if (banner.tlp && banner.tlp in TLP_COLOURS) {
    return `<div class="bd-banner bd-banner-${edge} bd-tlp bd-tlp-${tlpToken(banner.tlp)}"${hidden} data-tlp="${escapeHtml(banner.tlp)}">${escapeHtml(text)}</div>`;
  }
  const level = banner.level in CLASSIFICATION_COLOURS ? banner.level : 'none';
  return `<div class="bd-banner bd-banner-${edge} bd-level-${level}"${hidden} data-classification="${escapeHtml(level)}">${escapeHtml(text)}</div>`;
}
