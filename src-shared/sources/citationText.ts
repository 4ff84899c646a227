import type { Citation, Source } from '../deck';
import { formatParagraphs } from './paragraphs';

/**
 * Author part of a short reference: "Adar" (one author), "Adar & Azizi" (two), "Adar et al." (three or more),
 * using each author's last word as the surname; the publisher when there are no authors.
 */
export function authorLabel(source: Pick<Source, 'authors' | 'publisher'>): string {
  const surnames = source.authors.map((a) => a.trim().split(/\s+/).pop() ?? a);
  if (surnames.length === 0) return source.publisher || 'Anon.';
  if (surnames.length === 1) return surnames[0];
  if (surnames.length === 2) return `${surnames[0]} & ${surnames[1]}`;
  return `${surnames[0]} et al.`;
}

/**
 * A short in-text reference for a citation, e.g. "Adar & Azizi 2023, ¶4–5". Without the source record it falls
 * back to the source id ("mei-2023-turkey-iran, ¶4–5"). The year is the first four characters of `source.date`.
 */
export function formatCitation(citation: Pick<Citation, 'sourceId' | 'paragraphs'>, source?: Pick<Source, 'authors' | 'publisher' | 'date'>): string {
  const paragraphs = formatParagraphs(citation.paragraphs);
  const who = source ? `${authorLabel(source)} ${source.date.slice(0, 4)}`.trim() : citation.sourceId;
  return paragraphs ? `${who}, ${paragraphs}` : who;
}

/**
 * A full bibliography entry for a sources slide or an endnote list:
 * "Sinem Adar and Hamidreza Azizi, “Title,” Publisher, 2023-11. https://…".
 */
export function formatBibliographyEntry(source: Pick<Source, 'authors' | 'title' | 'publisher' | 'date' | 'url'>): string {
  const authors =
    source.authors.length <= 2 ? source.authors.join(' and ') : `${source.authors.slice(0, -1).join(', ')} and ${source.authors.at(-1)}`;
  const tail = [source.publisher, source.date].filter((p) => p.length > 0).join(', ');
  const head = authors ? `${authors}, ` : '';
  return `${head}“${source.title},” ${tail}.${source.url ? ` ${source.url}` : ''}`.replace(',” .', '.”');
}
