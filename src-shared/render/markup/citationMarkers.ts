import type { Citation } from '../../deck';
import { mergeCitationsBySource } from '../../sources/mergeCitations';
import { markerParagraphs } from './endnotes';
import { escapeHtml } from './escapeHtml';
import type { RenderContext } from './renderContext';

/**
 * The text of a citation list as shown on a slide: "[1 ¶4–7; 2 ¶3]". Citations of the same source are merged into
 * one part (`mergeCitationsBySource`: paragraphs united, sorted, runs collapsed by `markerParagraphs`), in order of
 * first appearance, so two claims citing ¶16 give "[1 ¶16]", not "[1 ¶16; 1 ¶16]". Unknown sources show their id.
 */
export function citationLabel(citations: readonly Citation[], ctx: RenderContext): string {
  return `[${citationLabelParts(citations, ctx.endnotes.numberOf).join('; ')}]`;
}

/**
 * The parts of a citation marker, one per source (`mergeCitationsBySource`): "1 ¶4, 16, 19" — the endnote number
 * (or the source id when the source has none) and the merged paragraphs. Shared with the PPTX exporter, which joins
 * them with no-break spaces.
 */
export function citationLabelParts(citations: readonly Citation[], numberOf: (sourceId: string) => number | undefined, space = ' '): string[] {
  return mergeCitationsBySource(citations).map(({ sourceId, paragraphs }) => {
    const n = numberOf(sourceId);
    const refs = markerParagraphs(paragraphs);
    return `${n === undefined ? sourceId : String(n)}${refs === '' ? '' : `${space}${refs}`}`;
  });
}

/**
 * An endnote marker for item-level citations: `<sup class="bd-cite"><a href="#sources">[1 ¶4–7]</a></sup>`.
 * The link targets the sources slide's section id, which reveal.js resolves as a named slide and Chromium turns into
 * an internal PDF link. Without a rendered sources slide the marker is plain text. Returns '' for no citations.
 */
export function citationMarkerHtml(citations: readonly Citation[] | undefined, ctx: RenderContext): string {
  if (!citations || citations.length === 0) return '';
  const label = escapeHtml(citationLabel(citations, ctx));
  const inner = ctx.sourcesAnchor ? `<a class="bd-cite-link" href="#${escapeHtml(ctx.sourcesAnchor)}">${label}</a>` : label;
  return `<sup class="bd-cite">${inner}</sup>`;
}
