import { BRAND_COLOUR, readableOn, type Brand, type BrandFont, type LogoCorner } from '../../deck';
import { FONT_FAMILIES } from './fontFiles';

const { sans, serif, persian } = FONT_FAMILIES;

/** A brand font as a CSS font stack of bundled families (Vazirmatn has Arabic script only, so Latin falls to Noto Sans). */
const FONT_STACKS: Record<BrandFont, string> = {
  'Noto Sans': `'${sans}','${persian}',sans-serif`,
  'Noto Serif': `'${serif}','${persian}',serif`,
  Vazirmatn: `'${persian}','${sans}',sans-serif`,
};

/**
 * Where the logo sits, in px of the 1280×720 slide: 36 px below the top edge (under the 28 px banner) or 30 px above
 * the bottom edge (over the bottom banner), in line with the content's 72 px side padding; at most 220 × 52 px.
 * The slide's content padding on that edge grows so the logo never covers text, and with a bottom logo the footer
 * (citations, slide number) moves up above it.
 */
export const LOGO_BOX = { maxWidth: 220, maxHeight: 52, top: 36, bottom: 30, side: 72 } as const;

const LOGO_EDGE_CSS: Record<LogoCorner, string> = {
  'top-left': `top:${LOGO_BOX.top}px;left:${LOGO_BOX.side}px;object-position:left center;`,
  'top-right': `top:${LOGO_BOX.top}px;right:${LOGO_BOX.side}px;object-position:right center;`,
  'bottom-left': `bottom:${LOGO_BOX.bottom}px;left:${LOGO_BOX.side}px;object-position:left center;`,
  'bottom-right': `bottom:${LOGO_BOX.bottom}px;right:${LOGO_BOX.side}px;object-position:right center;`,
};

/** The stack of a bundled font (own keys only: "constructor" is no font), else undefined. */
function fontStack(font: string | undefined): string | undefined {
  return font !== undefined && Object.prototype.hasOwnProperty.call(FONT_STACKS, font) ? FONT_STACKS[font as BrandFont] : undefined;
}

function colour(value: string | undefined): string | undefined {
  return value !== undefined && BRAND_COLOUR.test(value) ? value.toLowerCase() : undefined;
}

/**
 * The CSS of a deck's brand, placed after the theme's CSS: its colours as the theme's custom properties
 * (`--bd-bg`, `--bd-text`, `--bd-heading`, `--bd-accent` and the `--bd-on-accent` that reads on it), its fonts, the
 * logo's place and the room kept for it, and the title-slide style. Every colour is checked again against
 * `BRAND_COLOUR` and every font against the bundled list (a value that fails is left out), so nothing but a
 * `#rrggbb` colour or a known font stack ever reaches the CSS.
 */
export function brandCss(brand: Brand | undefined): string {
  if (!brand) return '';
  const vars: string[] = [];
  const c = brand.colours ?? {};
  const bg = colour(c.background);
  const text = colour(c.text);
  const heading = colour(c.heading);
  const accent = colour(c.accent);
  if (bg) vars.push(`--bd-bg:${bg}`);
  if (text) vars.push(`--bd-text:${text}`);
  if (heading) vars.push(`--bd-heading:${heading}`);
  if (accent) vars.push(`--bd-accent:${accent};--bd-on-accent:${readableOn(accent)}`);
  const body = fontStack(brand.bodyFont);
  const head = fontStack(brand.headingFont);
  if (body) vars.push(`--bd-font-body:${body}`);
  if (head) vars.push(`--bd-font-heading:${head}`);
  const rules = vars.length > 0 ? [`:root,.bd-deck{${vars.join(';')}}`] : [];
  const corner = brand.logo?.corner;
  if (corner && Object.prototype.hasOwnProperty.call(LOGO_EDGE_CSS, corner)) {
    rules.push(`.bd-logo{position:absolute;z-index:1;max-width:${LOGO_BOX.maxWidth}px;max-height:${LOGO_BOX.maxHeight}px;width:auto;height:auto;object-fit:contain;${LOGO_EDGE_CSS[corner]}}`);
    if (corner.startsWith('top')) rules.push('.bd-slide{padding-top:100px;}');
    else rules.push('.bd-slide{padding-bottom:124px;}.bd-footer{bottom:92px;}');
  }
  if (brand.titleSlide === 'band') {
    rules.push(
      '.bd-layout-title>.bd-slide{background:var(--bd-accent);--bd-text:var(--bd-on-accent);--bd-heading:var(--bd-on-accent);--bd-muted:var(--bd-on-accent);color:var(--bd-on-accent);}',
      '.bd-layout-title .bd-title-block .bd-title-main{border-bottom-color:var(--bd-on-accent);}',
    );
  } else if (brand.titleSlide === 'rule') {
    rules.push('.bd-layout-title>.bd-slide{border-inline-start:24px solid var(--bd-accent);}');
  }
  return rules.join('\n');
}
