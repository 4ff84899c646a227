import { z } from 'zod';
import { MAX_IMAGE_DATA_URL_BYTES, PICTURE_DATA_URL } from './imageDataUrl';

/**
 * A colour of an organisation's brand: `#rrggbb` and nothing else. Brand values end up in CSS custom properties and
 * in PowerPoint colour attributes, so the one accepted shape leaves no room for a `;`, a `}`, `url(` or markup.
 */
export const BRAND_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** A brand colour field: a `#rrggbb` hex colour, with a message that names the rule. */
export const BrandColourSchema = z.string().regex(BRAND_COLOUR, 'a colour must be a hex value such as "#1f4e79"');

/** The bundled font families a brand may pick (src-shared/render/themes/fontFiles.ts ships them; none is fetched). */
export const BRAND_FONTS = ['Noto Sans', 'Noto Serif', 'Vazirmatn'] as const;
export type BrandFont = (typeof BRAND_FONTS)[number];

/** The slide corner a logo sits in, as seen (physical corners: a right-to-left deck keeps the chosen corner). */
export const LOGO_CORNERS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;
export type LogoCorner = (typeof LOGO_CORNERS)[number];

/**
 * How the title slide looks: `plain` (the theme's own), `band` (the title slide filled with the brand's accent colour,
 * its text in the colour that reads on it), `rule` (a bar of the accent colour along the slide's start edge).
 */
export const TITLE_SLIDE_STYLES = ['plain', 'band', 'rule'] as const;
export type TitleSlideStyle = (typeof TITLE_SLIDE_STYLES)[number];

/**
 * An organisation's logo: a picture data URL (raster or SVG) that came through the picture service
 * (src-main/services/pictures: re-encoded raster, or an SVG with nothing that runs or fetches), its alt text, and
 * the corner it sits in on every slide. `width`/`height` are the picture's pixel size (for its aspect ratio).
 */
export const BrandLogoSchema = z.looseObject({
  src: z.string().max(MAX_IMAGE_DATA_URL_BYTES).regex(PICTURE_DATA_URL, 'a logo must be an embedded PNG, JPEG, WebP, GIF or SVG picture'),
  alt: z.string().max(300).default(''),
  width: z.number().int().min(1).max(20000),
  height: z.number().int().min(1).max(20000),
  corner: z.enum(LOGO_CORNERS).default('top-right'),
});
export type BrandLogo = z.infer<typeof BrandLogoSchema>;

/**
 * An organisation's look laid over a bundled theme: colours (each optional: an absent one keeps the theme's),
 * heading and body fonts from the bundled set, a logo in a chosen corner of every slide, and a title-slide style.
 * `name` is the theme's name as the team calls it (shown in the editor).
 */
export const BrandSchema = z.looseObject({
  name: z.string().min(1, 'a theme needs a name').max(120),
  colours: z
    .strictObject({
      background: BrandColourSchema.optional(),
      text: BrandColourSchema.optional(),
      heading: BrandColourSchema.optional(),
      accent: BrandColourSchema.optional(),
    })
    .default({}),
  headingFont: z.enum(BRAND_FONTS).optional(),
  bodyFont: z.enum(BRAND_FONTS).optional(),
  logo: BrandLogoSchema.optional(),
  titleSlide: z.enum(TITLE_SLIDE_STYLES).default('plain'),
});
export type Brand = z.infer<typeof BrandSchema>;
export type BrandInput = z.input<typeof BrandSchema>;

/**
 * The colour that reads on `hex` (a `#rrggbb` colour): black or white, whichever has the higher WCAG 2.x contrast
 * ratio against it (relative luminance, WCAG 2.2 "contrast ratio" definition).
 */
export function readableOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
