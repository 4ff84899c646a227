import type { ThemeId } from '../../deck';
import { FONT_FAMILIES } from '../themes/fontFiles';

/**
 * The colours a chart is drawn in, per theme, as `#rrggbb`: text, muted text (ticks), rules (grid lines), the slide
 * background, and the series colours in order. `text`, `muted`, `rule` and `bg` are the theme's own (--bd-text,
 * --bd-muted, --bd-rule, --bd-bg in themes/themeCss.ts; a test keeps them equal). The series start with the theme's
 * accent; the rest follow the Okabe–Ito colour-blind-safe set (Okabe & Ito 2008, "Color Universal Design"), darkened
 * on the light theme and lightened on the dark one so each keeps 3:1 contrast with the background (WCAG 2.2 1.4.11).
 * SVG presentation attributes cannot read CSS custom properties, hence literal colours.
 */
export interface ChartPalette {
  text: string;
  muted: string;
  rule: string;
  bg: string;
  series: readonly string[];
}

const PALETTES: Record<ThemeId, ChartPalette> = {
  'briefing-light': {
    text: '#1b1f24',
    muted: '#596372',
    rule: '#c9d3de',
    bg: '#ffffff',
    series: ['#1f4e79', '#c15400', '#007a5a', '#b0488a', '#a66f00', '#2c7fb8', '#5f6873', '#7b4b2a'],
  },
  'briefing-dark': {
    text: '#e6e9ee',
    muted: '#a3adbb',
    rule: '#3a4656',
    bg: '#121821',
    series: ['#6fb3f2', '#ffa463', '#4fd1a5', '#e59cc8', '#f2c14e', '#b5b9ff', '#c0c6cf', '#d9a882'],
  },
};

/** The chart palette of a theme (an unknown id falls back to briefing-light, as themeCss does). */
export function chartPalette(theme: ThemeId): ChartPalette {
  return PALETTES[theme] ?? PALETTES['briefing-light'];
}

/**
 * The CSS font-family list of chart text: the deck's bundled body font first (Vazirmatn in right-to-left decks, as
 * `--bd-font-rtl`), so the chart's `<text>` is set in the slide's own fonts.
 */
export function chartFontFamily(rtl: boolean): string {
  const { sans, persian } = FONT_FAMILIES;
  return rtl ? `'${persian}','${sans}',sans-serif` : `'${sans}','${persian}',sans-serif`;
}
