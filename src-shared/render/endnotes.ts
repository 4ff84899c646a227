import type { Citation, Slide, Source } from '../deck';
import { mergeCitationsBySource } from '../sources/mergeCitations';

/**
 * Endnotes for the sources slide, built from the citations actually used by the rendered slides (slide-level
 * citations and those on bullets, key judgments and timeline entries). Sources are numbered 1..n in order of first
 * use; each endnote lists every paragraph of that source cited anywhere in the rendered slides.
 */
export interface Endnote {
  /** 1-based endnote number, as shown in the slide markers ("[1 ¶4–7]"). */
  number: number;
  sourceId: string;
  /** The deck's source record, or undefined when a citation names a source id that the deck does not have. */
  source: Source | undefined;
  /** Every cited paragraph, sorted ascending, without duplicates. */
  paragraphs: number[];
}

export interface Endnotes {
  entries: Endnote[];
  /** The endnote number of a source id, or undefined if no rendered slide cites it. */
  numberOf(sourceId: string): number | undefined;
}

/** Every citation of one slide, in reading order: slide-level first, then those on its items. */
export function slideCitations(slide: Slide): Citation[] {
  const all: Citation[] = [...slide.citations];
  const items: { citations?: Citation[] }[] = [];
  if (slide.layout === 'bullets') items.push(...slide.bullets);
  if (slide.layout === 'bluf') items.push(...slide.judgments);
  if (slide.layout === 'timeline') items.push(...slide.entries);
  if (slide.layout === 'two-column') items.push(...slide.left.bullets, ...slide.right.bullets);
  for (const item of items) all.push(...(item.citations ?? []));
  return all;
}

/** Builds the endnotes of `slides` (the rendered slides, in order) against the deck's `sources`. */
export function buildEndnotes(slides: readonly Slide[], sources: readonly Source[]): Endnotes {
  const entries: Endnote[] = mergeCitationsBySource(slides.flatMap(slideCitations)).map(({ sourceId, paragraphs }, i) => ({
    number: i + 1,
    sourceId,
    source: sources.find((s) => s.id === sourceId),
    paragraphs,
  }));
  const byId = new Map(entries.map((e) => [e.sourceId, e]));
  return { entries, numberOf: (id) => byId.get(id)?.number };
}

/**
 * Formats paragraph numbers as "¶4–7, 9": sorted, de-duplicated, runs of three or more collapsed with an en dash
 * (runs of two are written "4, 5"). Returns '' for an empty list.
 */
export function formatParagraphs(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.length === 0 ? '' : `¶${parts.join(', ')}`;
}
