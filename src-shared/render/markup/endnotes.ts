import type { Slide, Source } from '../../deck';
import { citationsOfSlide } from '../../sources/deckCitations';
import { mergeCitationsBySource } from '../../sources/mergeCitations';
import { formatParagraphs } from '../../sources/paragraphs';

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

/** Builds the endnotes of `slides` (the rendered slides, in order) against the deck's `sources`. */
export function buildEndnotes(slides: readonly Slide[], sources: readonly Source[]): Endnotes {
  const entries: Endnote[] = mergeCitationsBySource(slides.flatMap(citationsOfSlide)).map(({ sourceId, paragraphs }, i) => ({
    number: i + 1,
    sourceId,
    source: sources.find((s) => s.id === sourceId),
    paragraphs,
  }));
  const byId = new Map(entries.map((e) => [e.sourceId, e]));
  return { entries, numberOf: (id) => byId.get(id)?.number };
}

/**
 * Paragraph numbers as the slide markers and endnotes show them, "¶4–7, 9": `formatParagraphs` (sources/
 * paragraphs.ts) with runs of three or more collapsed with an en dash (runs of two are written "4, 5"). '' for none.
 */
export function markerParagraphs(paragraphs: readonly number[]): string {
  return formatParagraphs(paragraphs, { shortestRange: 3 });
}
