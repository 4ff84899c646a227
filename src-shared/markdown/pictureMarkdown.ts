import { PictureSchema, type Picture, type Slide } from '../deck';
import { escapeBlockText } from './markdownEscape';
import type { Attributes } from './attributeComments';

/**
 * Pictures in reveal.js Markdown. A picture slide's body shows the picture as `![alt](data:…)` with its caption and
 * source line as paragraphs, so reveal.js's Markdown plugin draws it; every field but the image itself rides on the
 * slide comment as JSON (`data-picture`), so an import gets back exactly what was exported. A two-column slide's
 * pictures ride whole (image included) on `data-left-picture` / `data-right-picture`, so the columns' bullets stay
 * as they are.
 */

/** The picture's fields without its image, as JSON for the slide comment. */
function fieldsJson(picture: Picture): string {
  const { src: _src, ...rest } = picture;
  return JSON.stringify(rest);
}

/** Slide comment attributes of a slide's pictures (none for a slide without pictures). */
export function pictureAttributes(slide: Slide): Record<string, string | undefined> {
  if (slide.layout === 'picture') return { 'data-picture': slide.picture ? fieldsJson(slide.picture) : undefined };
  if (slide.layout !== 'two-column') return {};
  return {
    'data-left-picture': slide.left.picture ? JSON.stringify(slide.left.picture) : undefined,
    'data-right-picture': slide.right.picture ? JSON.stringify(slide.right.picture) : undefined,
  };
}

/**
 * The body blocks of a picture slide: the image (its alt text with brackets and line breaks taken out, since the
 * exact alt text is in the comment), the caption and the source line, each escaped as paragraph text.
 */
export function pictureBlocks(picture: Picture | undefined): string[] {
  if (!picture) return [];
  const alt = picture.alt.replace(/[[\]\\\r\n]+/g, ' ').trim();
  const out = [`![${alt}](${picture.src})`];
  for (const text of [picture.caption, picture.sourceLine]) if (text.trim()) out.push(escapeBlockText(text.replace(/\s*\r?\n\s*/g, ' ').trim()));
  return out;
}

/** One image reference found in a slide's Markdown, in order. */
export interface MarkdownImage {
  alt: string;
  src: string;
}

/**
 * Puts a slide's pictures back from its comment (and, on a picture slide, its first embedded image): sets `picture`,
 * or `left.picture` / `right.picture`, on the raw slide. A picture that fails the schema (not an embedded image, over the cap, not JSON) is left out with a warning.
 */
export function picturesFromMarkdown(slide: Record<string, unknown>, attrs: Attributes, images: readonly MarkdownImage[], warn: (m: string) => void): void {
  const parse = (json: string | undefined, src?: string): Picture | undefined => {
    if (json === undefined) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      warn('the picture fields are not valid JSON; the picture was not imported');
      return undefined;
    }
    const result = PictureSchema.safeParse(src === undefined ? data : { ...(data as object), src });
    if (result.success) return result.data;
    warn(`the picture was not imported: ${result.error.issues[0]?.message ?? 'not a valid picture'}`);
    return undefined;
  };
  if (slide.layout === 'picture') {
    const image = images.find((i) => i.src.startsWith('data:image/'));
    const picture = parse(attrs['data-picture'] ?? (image ? JSON.stringify({ alt: image.alt }) : undefined), image?.src ?? '');
    if (picture) slide.picture = picture;
  } else if (slide.layout === 'two-column') {
    for (const side of ['left', 'right'] as const) {
      const picture = parse(attrs[`data-${side}-picture`]);
      if (picture && typeof slide[side] === 'object' && slide[side] !== null) (slide[side] as Record<string, unknown>).picture = picture;
    }
  }
}
