import { toDo, type Bullet, type Citation, type KeyJudgment, type Source } from '../deck';
import type { Argument, Claim, Counterpoint, Fact } from '../sources/argumentMap';
import { formatFactDate } from '../sources/factDate';
import { formatParagraphs, normalizeParagraphs } from '../sources/paragraphs';

/** What every shape builder reads: the source (with its map) and the deck's slide-id generator. */
export interface GenerateContext {
  source: Source;
  newId: () => string;
}

/** A slide before defaults are applied (DeckSchema.parse fills them in). */
export type SlideDraft = Record<string, unknown> & { id: string; layout: string };

/** A citation holds at most 100 paragraph numbers (CitationSchema). */
const MAX_CITED = 100;

/** Any item of the argument map a slide can state: a claim, a fact or a counterpoint. */
export type MapItem = Claim | Fact | Counterpoint;

/** The citation of one map item: its source, its paragraphs and its id (the stance checks read it). */
export function citeItem(sourceId: string, item: MapItem): Citation {
  return { sourceId, paragraphs: normalizeParagraphs(item.paragraphs).slice(0, MAX_CITED), claimId: item.id };
}

/** A citation of paragraphs with no item id (a section, a whole argument); none for an empty list. */
export function citeParagraphs(sourceId: string, paragraphs: readonly number[]): Citation[] {
  const list = normalizeParagraphs(paragraphs).slice(0, MAX_CITED);
  return list.length > 0 ? [{ sourceId, paragraphs: list }] : [];
}

/** Every paragraph an argument's claims, facts and counterpoints rest on. */
export function argumentParagraphs(argument: Argument): number[] {
  return normalizeParagraphs([...argument.claims, ...argument.facts, ...argument.counterpoints].flatMap((i) => i.paragraphs));
}

/** A fact's text on a bullet: its date first, as slidesFromArgument writes it ("12 Mar 2024: …"). */
export function factText(fact: Fact): string {
  return `${formatFactDate(fact.date)}: ${fact.text}`;
}

/**
 * A reporting bullet stating a map item in the map's own words: the map's text already keeps the source's hedge
 * word or names the actor whose view it is, so it is used as is; cited with its paragraphs and item id.
 */
export function reportingBullet(sourceId: string, item: MapItem, text: string, fragment = false): Bullet {
  return { text, level: 0, fragment, kind: 'reporting', citations: [citeItem(sourceId, item)] };
}

/** A to-do bullet for the analyst to write, of `kind`, with its own citations (or none: its slide's count). */
export function toDoBullet(placeholder: string, kind: Bullet['kind'], citations: Citation[] = []): Bullet {
  return { ...toDo(placeholder), level: 0, fragment: false, ...(kind ? { kind } : {}), ...(citations.length > 0 ? { citations } : {}) };
}

/** A to-do key judgment citing what it should rest on: the judgment is the analyst's to write, never generated. */
export function toDoJudgment(placeholder: string, citations: Citation[]): KeyJudgment {
  return { ...toDo(placeholder), kind: 'judgment', fragment: true, ...(citations.length > 0 ? { citations } : {}) };
}

/**
 * Where paragraphs sit in the source, for speaker notes: "¶4–5 (“The Halden dam and its timetable”) and ¶9
 * (“What stands in the way of a deal”)", by section in the source's order, or "¶4–5 of the source" when the
 * source has no sections. An empty list gives "the source as a whole".
 */
export function describeParagraphs(source: Source, paragraphs: readonly number[]): string {
  const list = normalizeParagraphs(paragraphs);
  if (list.length === 0) return 'the source as a whole';
  const sectionOf = new Map((source.paragraphs ?? []).map((p) => [p.n, p.section]));
  const titles = new Map((source.sections ?? []).map((s) => [s.id, s.title]));
  const groups = new Map<string, number[]>();
  for (const n of list) {
    const title = titles.get(sectionOf.get(n) ?? '') ?? '';
    groups.set(title, [...(groups.get(title) ?? []), n]);
  }
  if (groups.size === 1 && groups.has('')) return `${formatParagraphs(list)} of the source`;
  const parts = [...groups].map(([title, ns]) => (title ? `${formatParagraphs(ns)} (“${title}”)` : formatParagraphs(ns)));
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The first sentence of a summary (to the first ". ", "? " or "! "), ending in its stop. */
export function firstSentence(text: string): string {
  const match = /^.*?[.?!](?=\s|$)/s.exec(text.trim());
  return (match ? match[0] : text.trim()).replace(/\s+/g, ' ');
}

/** `items` cut into runs of at most `size` (one slide each), keeping their order; [] for no items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A slide title for run `index` of `count`: the title, then "title (continued)" on the slides after the first. */
export function runTitle(title: string, index: number): string {
  return index === 0 ? title : `${title} (continued)`;
}
