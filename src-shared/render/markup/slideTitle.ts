import type { Slide } from '../../deck';
import { escapeHtml } from './escapeHtml';
import { renderInline } from './inlineMarkdown';

/**
 * The slide title as the slide's only heading, `<h2 class="bd-title">`, with the portion marking (e.g. "(U)") before
 * it. Slides use exactly one heading each so that Chromium's PDF outline (built from headings) has one entry per
 * slide; other labels on a slide are styled paragraphs. Returns '' when both title and marking are empty.
 */
export function slideTitleHtml(slide: Slide, text: string = slide.title, extraClass = ''): string {
  const marking = slide.portionMarking?.trim() ?? '';
  if (text.trim() === '' && marking === '') return '';
  const portion = marking === '' ? '' : `<span class="bd-portion">${escapeHtml(marking)}</span> `;
  return `<h2 class="bd-title${extraClass ? ` ${extraClass}` : ''}">${portion}${renderInline(text)}</h2>`;
}

/** Splits long text (notes, quotes) into paragraphs at blank lines; single newlines inside a paragraph are kept. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
