import type { Endnote } from '../render/markup/endnotes';
import { markerParagraphs } from '../render/markup/endnotes';
import { labelsFor } from '../render/markup/labels';

/**
 * One endnote of a sources slide as plain text, for the text-only exports (Markdown, PPTX). Same order and wording
 * as the HTML sources slide (src-shared/render/layouts/sourcesLayout.ts): "Authors. “Title.” Publisher, date. URL
 * Cited: ¶4–7" (no period added after a title that ends in . ? or !). `url` is returned apart so an exporter can make it a link (only https:/mailto:).
 */
export interface EndnoteText {
  /** The text before the URL, e.g. "Sinem Adar, Hamidreza Azizi. “Turkey and Iran …?” MEI, 2023-11." */
  head: string;
  /** The source's URL ('' when none). */
  url: string;
  /** "Cited: ¶4–7" in the deck's language. */
  cited: string;
}

/** Builds the plain-text parts of an endnote for a deck in `language` (BCP 47). */
export function endnoteText(note: Endnote, language: string): EndnoteText {
  const labels = labelsFor(language);
  const cited = `${labels.cited}: ${markerParagraphs(note.paragraphs)}`;
  const s = note.source;
  if (!s) return { head: `${labels.unknownSource} “${note.sourceId}”.`, url: '', cited };
  const parts: string[] = [];
  if (s.authors.length > 0) parts.push(`${s.authors.join(', ')}.`);
  const title = s.title.trim();
  parts.push(`“${title}${/[.?!]$/.test(title) ? '' : '.'}”`);
  const pubDate = [s.publisher, s.date].filter((x) => x.trim() !== '').join(', ');
  if (pubDate !== '') parts.push(`${pubDate}.`);
  return { head: parts.join(' '), url: s.url.trim(), cited };
}

/** The endnote as one line: head, URL and cited paragraphs joined by spaces. */
export function endnoteLine(note: Endnote, language: string): string {
  const t = endnoteText(note, language);
  return [t.head, t.url, t.cited].filter(Boolean).join(' ');
}
