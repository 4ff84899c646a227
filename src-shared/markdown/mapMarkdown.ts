import type { SlideOf } from '../deck';
import { attributeComment } from './attributeComments';
import type { Block } from './markdownBlocks';
import type { WarnFn } from './blockText';
import { escapeBlockText } from './markdownEscape';

/**
 * A map slide in reveal.js Markdown: its alt text as a paragraph (what a reader of the Markdown sees; the map itself
 * is drawn from data, not from Markdown), carrying on its element comment the map as JSON (`data-map`), the alt text
 * (`data-alt`) and the source line (`data-source-line`) exactly as stored, then the source line as a paragraph.
 * Import reads the comment back (mapFromBlocks), so a round trip keeps every field.
 */
export function mapBlocks(slide: SlideOf<'map'>): string[] {
  const comment = attributeComment('element', {
    'data-map': JSON.stringify(slide.map),
    'data-alt': slide.alt,
    'data-source-line': slide.sourceLine,
  });
  const shown = slide.alt.trim() === '' ? 'Map' : `Map: ${slide.alt.replace(/\s*\r?\n\s*/g, ' ').trim()}`;
  const out = [`${escapeBlockText(shown)} ${comment}`];
  if (slide.sourceLine.trim()) out.push(escapeBlockText(slide.sourceLine.replace(/\s*\r?\n\s*/g, ' ').trim()));
  return out;
}

/**
 * The map fields of an imported map slide, from the paragraph whose element comment has `data-map`: the map (as
 * JSON; the deck schema validates it after import), alt text and source line. Without it the map is the default one
 * and a warning says so; a `data-map` that is not JSON is reported and left out.
 */
export function mapFromBlocks(blocks: Block[], warn: WarnFn): Record<string, unknown> {
  const carrier = blocks.find((b) => b.kind === 'paragraph' && b.item.attrs['data-map'] !== undefined);
  if (!carrier || carrier.kind !== 'paragraph') {
    warn('a map slide without its map data (data-map) was imported with the default map');
    return {};
  }
  const attrs = carrier.item.attrs;
  const out: Record<string, unknown> = { alt: attrs['data-alt'] ?? '', sourceLine: attrs['data-source-line'] ?? '' };
  try {
    out.map = JSON.parse(attrs['data-map']) as unknown;
  } catch {
    warn('the map data (data-map) is not valid JSON and was not imported');
  }
  return out;
}
