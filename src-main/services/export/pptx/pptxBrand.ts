import type PptxGenJS from 'pptxgenjs';
import sharp from 'sharp';
import { BRAND_COLOUR, readableOn, type Brand, type BrandLogo } from '../../../../src-shared/deck';
import { LOGO_BOX } from '../../../../src-shared/render/themes/brandCss';
import { svgProblems } from '../../pictures/svgCheck';
import { BANNER_H, MARGIN_X, SLIDE_H, SLIDE_W, type PptxLook } from './pptxStyle';

/** Name of the slide master a branded deck's slides use (pptxgenjs defineSlideMaster). */
export const BRAND_MASTER = 'BRIEFDECK_BRAND';

/** Where the logo sits on the PPTX slide, in inches (the HTML slide's LOGO_BOX at 96 px = 1 in). */
export interface LogoPlacement {
  x: number;
  y: number;
  w: number;
  h: number;
  /** The corner's side and edge: the title row (top) or the footer row (bottom) keeps clear of it on that side. */
  side: 'left' | 'right';
  edge: 'top' | 'bottom';
}

const hex = (value: string | undefined): string | undefined => (value !== undefined && BRAND_COLOUR.test(value) ? value.slice(1).toUpperCase() : undefined);

/**
 * The deck look with the brand's colours and fonts laid over the theme's (each only when given and valid), and
 * the logo's place: in the top corners under the banner, beside the title; in the bottom corners on the footer
 * row, 0.3 in high, over the bottom banner. Returns the look as it is without a brand.
 */
export function brandedLook(look: PptxLook, brand: Brand | undefined): PptxLook {
  if (!brand) return look;
  const c = brand.colours ?? {};
  const accent = hex(c.accent);
  const palette = {
    ...look.palette,
    ...(hex(c.background) ? { bg: hex(c.background) as string } : {}),
    ...(hex(c.text) ? { text: hex(c.text) as string } : {}),
    ...(hex(c.heading) ? { heading: hex(c.heading) as string } : {}),
    ...(accent ? { accent, onAccent: readableOn(`#${accent}`).slice(1).toUpperCase() } : {}),
  };
  const fonts = look.rtl ? look.fonts : { body: brand.bodyFont ?? look.fonts.body, heading: brand.headingFont ?? look.fonts.heading };
  return { ...look, palette, fonts, logo: brand.logo ? logoPlacement(brand.logo) : undefined };
}

/** The logo's box for its corner and aspect ratio (at most 2.29 × 0.54 in on top, 0.3 in high at the bottom). */
export function logoPlacement(logo: BrandLogo): LogoPlacement {
  const edge = logo.corner.startsWith('top') ? 'top' : 'bottom';
  const side = logo.corner.endsWith('left') ? 'left' : 'right';
  const maxW = LOGO_BOX.maxWidth / 96;
  const maxH = edge === 'top' ? LOGO_BOX.maxHeight / 96 : 0.3;
  const ratio = logo.width / logo.height;
  const w = Math.min(maxW, maxH * ratio);
  const h = w / ratio;
  const y = edge === 'top' ? BANNER_H + 0.075 : SLIDE_H - BANNER_H - 0.42 + (0.3 - h) / 2;
  return { x: side === 'left' ? MARGIN_X : SLIDE_W - MARGIN_X - w, y, w, h, side, edge };
}

/**
 * The logo as pptxgenjs image data (`image/png;base64,…`): a raster logo as it is, an SVG one checked again
 * (svgProblems: the deck file may come from anyone) and drawn to PNG with sharp at 192 dpi.
 * @throws Error when an SVG logo has scripts or external references.
 */
export async function logoImageData(logo: BrandLogo): Promise<string> {
  if (!logo.src.startsWith('data:image/svg+xml;base64,')) return logo.src.slice('data:'.length);
  const svg = Buffer.from(logo.src.slice(logo.src.indexOf(',') + 1), 'base64');
  const problems = svgProblems(svg.toString('utf8'));
  if (problems.length > 0) throw new Error(`the theme's SVG logo was refused: it has ${problems.join(', ')}`);
  const png = await sharp(svg, { density: 192 }).resize(880, 208, { fit: 'inside', withoutEnlargement: true }).png().toBuffer();
  return `image/png;base64,${png.toString('base64')}`;
}

/**
 * Defines the brand's slide master (the theme's background and the logo in its corner) and returns its name for
 * `addSlide({ masterName })`, or undefined for a deck without a brand logo (its slides keep the default master).
 */
export async function defineBrandMaster(pptx: PptxGenJS, brand: Brand | undefined, look: PptxLook): Promise<string | undefined> {
  if (!brand?.logo || !look.logo) return undefined;
  const { x, y, w, h } = look.logo;
  const data = await logoImageData(brand.logo);
  pptx.defineSlideMaster({
    title: BRAND_MASTER,
    background: { color: look.palette.bg },
    objects: [{ image: { x, y, w, h, data, altText: brand.logo.alt || `${brand.name} logo` } }],
  });
  return BRAND_MASTER;
}
