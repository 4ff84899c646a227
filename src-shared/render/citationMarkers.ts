import type { Citation } from '../deck';
import { formatParagraphs } from './endnotes';
import { escapeHtml } from './escapeHtml';
import type { RenderContext } from './renderContext';

/**
 * The text of a citation list as shown on a slide: "[1 ¶4–7; 2 ¶3]". Citations of the same source are merged into
 * one part (paragraphs united), in order of first appearance. Unknown sources show their id.
 */
export function citationLabel(citations: readonly Citation[], ctx: RenderContext): string {
  const bySource = new Map<string, number[]>();
  for (const c of citations) bySource.set(c.sourceId, [...(bySource.get(c.sourceId) ?? []), ...c.paragraphs]);
  const parts = [...bySource].map(([sourceId, paragraphList]) => {
    const n = ctx.endnotes.numberOf(sourceId);
    const paragraphs = formatParagraphs(paragraphList);
    return `${n === undefined ? sourceId : String(n)}${paragraphs === '' ? '' : ` ${paragraphs}`}`;
  });
  return `[${parts.join('; ')}]`;
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
