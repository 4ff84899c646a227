import { fragmentCount, type Deck, type Slide } from '../deck';
import { renderInline } from './markup/inlineMarkdown';
import { labelsFor } from './markup/labels';
import { resolveRenderOptions, type RenderOptions } from './markup/renderOptions';
import { visibleSlides } from './markup/visibleSlides';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text a slide's heading shows, as plain text: portion marking, then the title without inline markup. */
export function slidePlainTitle(slide: Slide, deck: Deck, position: number): string {
  let title = slide.title;
  if (title.trim() === '' && slide.layout === 'title') title = deck.title;
  if (title.trim() === '' && slide.layout === 'sources') title = labelsFor(deck.language).sources;
  const text = renderInline(title).replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]).replace(/\s+/g, ' ').trim();
  const marking = slide.portionMarking?.trim() ?? '';
  const full = [marking, text].filter((s) => s !== '').join(' ');
  return full === '' ? `Slide ${position}` : full;
}

/**
 * One bookmark per rendered slide for the PDF of reveal's print view: its plain title and the 0-based index of its
 * first page. With `buildSteps` (reveal `pdfSeparateFragments`) a slide with k fragments takes k + 1 pages.
 */
export function slideOutline(deck: Deck, options: RenderOptions & { buildSteps?: boolean } = {}): { title: string; pageIndex: number }[] {
  let page = 0;
  return visibleSlides(deck, resolveRenderOptions(options)).map((slide, i) => {
    const entry = { title: slidePlainTitle(slide, deck, i + 1), pageIndex: page };
    page += options.buildSteps ? 1 + fragmentCount(slide) : 1;
    return entry;
  });
}
