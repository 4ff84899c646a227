import { DeckSchema, type Deck, type Source } from '../deck';
import type { ArgumentMap } from '../sources/argumentMap';
import { collectDeckCitations } from '../sources/deckCitations';
import { createSlideIdFactory } from '../deck/slideIds';
import type { BriefingTemplate } from '../templates/templateSchema';

/** Options for `applyTemplate`. */
export interface ApplyTemplateOptions {
  /** Briefing date, ISO 8601 (YYYY-MM-DD); replaces the template's date. */
  date?: string;
  /** Author shown on the title slide and in PDF metadata; replaces the template's author. */
  author?: string;
  /** Slide id generator; defaults to `<template id>-1`, `-2`, ... (deterministic, unique within the deck). */
  newId?: () => string;
}

/** The deck `Source` fields of an argument map's source record (paragraph summaries stay in the map). */
function deckSource(map: ArgumentMap): Source {
  const { id, title, authors, publisher, date, url } = map.source;
  return { id, title, authors: [...authors], publisher, date, url };
}

/**
 * Makes a new deck from a template (the gallery's "New deck" flow). Pure: the template and maps are not changed,
 * and the same inputs give the same deck. Slides get fresh ids (unique in the deck); `date` and `author` replace
 * the template's; the template's `estimatedMinutes` becomes `pacing.targetMinutes` unless the deck sets one; and
 * `deck.sources` gets the record of every source the deck cites (hidden slides included), after any source the
 * template deck already lists.
 * @throws Error when the deck cites a source that neither the template deck nor any argument map provides.
 */
export function applyTemplate(template: BriefingTemplate, argumentMaps: readonly ArgumentMap[], options: ApplyTemplateOptions = {}): Deck {
  const copy = JSON.parse(JSON.stringify(template.deck)) as Deck;
  const newId = options.newId ?? createSlideIdFactory(template.id);
  copy.slides = copy.slides.map((slide) => ({ ...slide, id: newId() }));
  if (options.date !== undefined) copy.date = options.date;
  if (options.author !== undefined) copy.author = options.author;
  if (template.estimatedMinutes !== undefined && copy.pacing?.targetMinutes === undefined) {
    copy.pacing = { ...copy.pacing, targetMinutes: template.estimatedMinutes };
  }
  const sources = [...copy.sources];
  for (const { sourceId } of collectDeckCitations(copy, { includeHidden: true })) {
    if (sources.some((s) => s.id === sourceId)) continue;
    const map = argumentMaps.find((m) => m.source.id === sourceId);
    if (!map) throw new Error(`template "${template.id}" cites source "${sourceId}", which no argument map provides`);
    sources.push(deckSource(map));
  }
  copy.sources = sources;
  return DeckSchema.parse(copy);
}
