import type { SlideOf } from '../../deck';
import type { Endnote } from '../markup/endnotes';
import { markerParagraphs } from '../markup/endnotes';
import { escapeHtml } from '../markup/escapeHtml';
import { isWebLinkUrl } from '../markup/inlineMarkdown';
import { labelsFor } from '../markup/labels';
import type { RenderContext } from '../markup/renderContext';
import { slideTitleHtml } from '../markup/slideTitle';

function endnoteHtml(note: Endnote, ctx: RenderContext): string {
  const labels = labelsFor(ctx.deck.language);
  const s = note.source;
  const cited = `<span class="bd-en-cited">${escapeHtml(labels.cited)}: <span class="bd-paras">${escapeHtml(markerParagraphs(note.paragraphs))}</span></span>`;
  if (!s) return `<li id="endnote-${note.number}" value="${note.number}">${escapeHtml(labels.unknownSource)} “${escapeHtml(note.sourceId)}”. ${cited}</li>`;
  const parts: string[] = [];
  if (s.authors.length > 0) parts.push(`<span class="bd-en-authors">${escapeHtml(s.authors.join(', '))}</span>.`);
  const title = s.title.trim();
  parts.push(`<span class="bd-en-title">“${escapeHtml(title)}${/[.?!]$/.test(title) ? '' : '.'}”</span>`);
  const pubDate = [s.publisher, s.date].filter((x) => x.trim() !== '').map(escapeHtml).join(', ');
  if (pubDate !== '') parts.push(`${pubDate}.`);
  const url = s.url.trim();
  if (url !== '') {
    parts.push(
      isWebLinkUrl(url)
        ? `<a class="bd-en-url" href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a>`
        : `<span class="bd-en-url">${escapeHtml(url)}</span>`,
    );
  }
  // <bdi>: the reference keeps its own direction (a Latin-script source in a Persian deck reads left to right).
  return `<li id="endnote-${note.number}" value="${note.number}"><bdi>${parts.join(' ')}</bdi> ${cited}</li>`;
}

/** Up to this many endnotes are set large, one reference to a block, centred in the slide body (`bd-endnotes-few`). */
export const FEW_ENDNOTES = 3;

/**
 * Sources: the endnotes generated from the citations used by the rendered slides, numbered as in the slide markers,
 * each with the source's authors, title, publisher, date, URL (a link only for https:/mailto:) and cited paragraphs.
 * A few entries are set as reference blocks in body-size type (so one source does not sit as small print on an
 * empty slide); more than six run in two columns of smaller type.
 */
export function sourcesLayoutHtml(slide: SlideOf<'sources'>, ctx: RenderContext): string {
  const labels = labelsFor(ctx.deck.language);
  const title = slide.title.trim() !== '' ? slide.title : labels.sources;
  const entries = ctx.endnotes.entries;
  const list =
    entries.length > 0
      ? `<ol class="bd-endnotes${entries.length > 6 ? ' bd-endnotes-many' : entries.length <= FEW_ENDNOTES ? ' bd-endnotes-few' : ''}">${entries.map((n) => endnoteHtml(n, ctx)).join('')}</ol>`
      : `<p class="bd-no-citations">${escapeHtml(labels.noCitations)}</p>`;
  return `${slideTitleHtml(slide, title)}<div class="bd-body">${list}</div>`;
}
