import type { Brand, ThemeId } from '../../deck';
import { brandCss } from './brandCss';
import { BRIEFING_BASE_CSS } from './briefingBaseCss';
import { CHANGES_CSS } from './changesCss';
import { CHART_CSS } from './chartCss';
import { FONT_FAMILIES } from './fontFiles';
import { PICTURE_CSS } from './pictureCss';
import { MAP_CSS } from './mapCss';
import { STATEMENT_CSS } from './statementCss';

const { sans, serif, persian } = FONT_FAMILIES;

/** Custom properties per theme: background, text, headings, accent (WCAG AA contrast on its background), fonts. */
const THEME_VARIABLES: Record<ThemeId, string> = {
  'briefing-light': `--bd-bg:#ffffff;--bd-text:#1b1f24;--bd-heading:#12263f;--bd-muted:#596372;--bd-accent:#1f4e79;--bd-on-accent:#ffffff;--bd-link:#1a5ea8;--bd-tint:#eef3f8;--bd-rule:#c9d3de;--bd-font-body:'${sans}','${persian}',sans-serif;--bd-font-heading:'${serif}','${persian}',serif;--bd-font-rtl:'${persian}','${sans}',sans-serif;`,
  'briefing-dark': `--bd-bg:#121821;--bd-text:#e6e9ee;--bd-heading:#ffffff;--bd-muted:#a3adbb;--bd-accent:#6fb3f2;--bd-on-accent:#0b1320;--bd-link:#8cc6ff;--bd-tint:#1e2835;--bd-rule:#3a4656;--bd-font-body:'${sans}','${persian}',sans-serif;--bd-font-heading:'${sans}','${persian}',sans-serif;--bd-font-rtl:'${persian}','${sans}',sans-serif;`,
};

/**
 * The CSS of a briefing theme (without @font-face rules: see `fontFaceCss`): the theme's custom properties on
 * `:root` and on `.bd-deck`, then the shared layout and the statement marks (statementCss.ts). Goes after reveal.js's reset.css and reveal.css.
 * Never @imports anything (no network). An unknown id falls back to briefing-light. With a deck's `brand`, its CSS
 * (`brandCss`: colours, fonts, logo place, title-slide style) comes last.
 */
export function themeCss(themeId: ThemeId, brand?: Brand): string {
  const vars = THEME_VARIABLES[themeId] ?? THEME_VARIABLES['briefing-light'];
  return `:root,.bd-deck{${vars}}\n${BRIEFING_BASE_CSS}${STATEMENT_CSS}${CHART_CSS}${PICTURE_CSS}${MAP_CSS}${CHANGES_CSS}${brand ? `\n${brandCss(brand)}` : ''}`;
}
