import { PICTURE_DATA_URL, type Picture } from '../../deck';
import { escapeHtml } from '../markup/escapeHtml';
import { renderInline } from '../markup/inlineMarkdown';
import { portionHtml } from '../markup/statementHtml';

/**
 * One picture as a `<figure class="bd-picture bd-fit-contain|cover">`: the image in a box that it fills as its `fit`
 * says (CSS object-fit), then `<figcaption>` with the portion mark and caption (`.bd-caption`) and the source line
 * (`.bd-source-line`), both real text so that a PDF search finds them and a screen reader reads them. The image is
 * an `<img>` (never `<object>` or inline SVG), so an SVG picture runs no script and loads nothing; its src is
 * emitted only if it is an embedded picture data URL (the schema's rule, checked again here), else the box is empty.
 * `extraClass` places it (`bd-col-picture` in a column).
 */
export function pictureFigureHtml(picture: Picture, extraClass = ''): string {
  const fit = picture.fit === 'cover' ? 'cover' : 'contain';
  const size = picture.width && picture.height ? ` width="${picture.width}" height="${picture.height}"` : '';
  const image = PICTURE_DATA_URL.test(picture.src)
    ? `<img class="bd-picture-img" src="${escapeHtml(picture.src)}" alt="${escapeHtml(picture.alt)}"${size} decoding="sync" draggable="false">`
    : '';
  const caption = picture.caption.trim() !== '' || (picture.portionMarking?.trim() ?? '') !== '' ? `<p class="bd-caption">${portionHtml(picture.portionMarking)}${renderInline(picture.caption)}</p>` : '';
  const source = picture.sourceLine.trim() !== '' ? `<p class="bd-source-line">${renderInline(picture.sourceLine)}</p>` : '';
  const figcaption = caption !== '' || source !== '' ? `<figcaption>${caption}${source}</figcaption>` : '';
  return `<figure class="bd-picture bd-fit-${fit}${extraClass ? ` ${extraClass}` : ''}"><div class="bd-picture-box">${image}</div>${figcaption}</figure>`;
}
