import type { ClassificationLevel, Deck, ThemeId } from '../../../../src-shared/deck';
import { CLASSIFICATION_COLOURS } from '../../../../src-shared/render/markup/classificationBanner';

/**
 * Geometry, colours and fonts of the PPTX export, matched to the HTML slides (src-shared/render/themes): the HTML
 * slide is 1280×720 px, the PPTX slide 13.333×7.5 in (PowerPoint's 16:9 "Widescreen"), so 96 px = 1 in and
 * 1 px = 0.75 pt. All positions below are inches; font sizes are points.
 */
/** 13.333… in: 12,192,000 EMU, the exact width of PowerPoint's Widescreen slide. */
export const SLIDE_W = 40 / 3;
export const SLIDE_H = 7.5;
/** Name of the custom pptxgenjs layout (pptx.defineLayout). */
export const LAYOUT_NAME = 'BRIEFDECK_16x9';

export const MARGIN_X = 0.75;
export const CONTENT_W = SLIDE_W - 2 * MARGIN_X;
/** Classification banner strip height (28 px). */
export const BANNER_H = 0.3;
export const TITLE_Y = 0.6;
export const TITLE_H = 0.85;
export const BODY_Y = 1.65;
/** Bottom of the body area: above the footer (slide number, citations) and the bottom banner. */
export const BODY_BOTTOM = SLIDE_H - 0.85;
export const BODY_H = BODY_BOTTOM - BODY_Y;
export const FOOTER_Y = SLIDE_H - BANNER_H - 0.42;

/** Point sizes (HTML px × 0.75). */
export const PT = { title: 33, titleMain: 44, section: 48, subtitle: 24, meta: 16, body: 21, bluf: 21, judgment: 19, tag: 11, column: 20, columnHeading: 22, table: 16, caption: 12, timeline: 16, quote: 26, attribution: 16, endnote: 14, banner: 12, footer: 11 } as const;

/** Theme colours as PPTX hex (no '#'), copied from src-shared/render/themes/themeCss.ts. */
export interface PptxPalette {
  bg: string;
  text: string;
  heading: string;
  muted: string;
  accent: string;
  onAccent: string;
  link: string;
  tint: string;
  rule: string;
}

const PALETTES: Record<ThemeId, PptxPalette> = {
  'briefing-light': { bg: 'FFFFFF', text: '1B1F24', heading: '12263F', muted: '596372', accent: '1F4E79', onAccent: 'FFFFFF', link: '1A5EA8', tint: 'EEF3F8', rule: 'C9D3DE' },
  'briefing-dark': { bg: '121821', text: 'E6E9EE', heading: 'FFFFFF', muted: 'A3ADBB', accent: '6FB3F2', onAccent: '0B1320', link: '8CC6FF', tint: '1E2835', rule: '3A4656' },
};

/** Fonts by name (the HTML export bundles the same families): Noto Sans / Noto Serif, Vazirmatn for RTL decks. */
export interface PptxFonts {
  body: string;
  heading: string;
}

/** The look of one deck: palette, fonts, direction and language tag for every text run. */
export interface PptxLook {
  palette: PptxPalette;
  fonts: PptxFonts;
  rtl: boolean;
  /** BCP 47 tag written as each run's `lang` (e.g. "fa-IR"). */
  lang: string;
  /** 1-based PPTX slide number of each exported slide, by slide id: the targets of links to slides (`#slide:ID`). */
  slideNumbers?: ReadonlyMap<string, number>;
  /** The brand logo's box on every slide (pptxBrand.ts), which the title row or the footer row keeps clear of. */
  logo?: { x: number; y: number; w: number; h: number; side: 'left' | 'right'; edge: 'top' | 'bottom' };
}

/**
 * The part of a row (x, w in inches; the title row or the footer row) clear of the logo on `edge`: the row as it is
 * when the logo is on the other edge or absent.
 */
export function rowClearOfLogo(look: PptxLook, edge: 'top' | 'bottom', x: number, w: number): { x: number; w: number } {
  const logo = look.logo;
  if (!logo || logo.edge !== edge) return { x, w };
  const gap = 0.2;
  if (logo.side === 'left') {
    const start = Math.max(x, logo.x + logo.w + gap);
    return { x: start, w: Math.max(0.5, x + w - start) };
  }
  return { x, w: Math.max(0.5, Math.min(w, logo.x - gap - x)) };
}

/** The look for a deck: its theme's palette; Vazirmatn for right-to-left decks, else Noto Sans (and Noto Serif headings in the light theme). */
export function lookFor(deck: Pick<Deck, 'theme' | 'direction' | 'language'>): PptxLook {
  const rtl = deck.direction === 'rtl';
  const fonts: PptxFonts = rtl ? { body: 'Vazirmatn', heading: 'Vazirmatn' } : { body: 'Noto Sans', heading: deck.theme === 'briefing-light' ? 'Noto Serif' : 'Noto Sans' };
  return { palette: PALETTES[deck.theme] ?? PALETTES['briefing-light'], fonts, rtl, lang: deck.language };
}

/** Banner fill and text colour for a classification level (CAPCO colours shared with the HTML banner); null for `none`. */
export function bannerColours(level: ClassificationLevel): { fill: string; text: string } | null {
  const c = CLASSIFICATION_COLOURS[level];
  return c ? { fill: c.background.slice(1).toUpperCase(), text: c.text.slice(1).toUpperCase() } : null;
}
