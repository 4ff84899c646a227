import type { Citation } from '../deck';
import type { Argument, ArgumentMap, CitableKind } from './argumentMap';

/** A claim, fact or counterpoint flattened for a citation picker, with the argument and source it belongs to. */
export interface CitableItem {
  id: string;
  kind: CitableKind;
  sourceId: string;
  argumentId: string;
  argumentTitle: string;
  text: string;
  /** ISO 8601 date, facts only. */
  date?: string;
  paragraphs: number[];
}

/** The citable items of one argument, in order: claims, then facts, then counterpoints. */
export function itemsOfArgument(argument: Argument, sourceId: string): CitableItem[] {
  const base = { sourceId, argumentId: argument.id, argumentTitle: argument.title };
  return [
    ...argument.claims.map((c) => ({ ...base, id: c.id, kind: 'claim' as const, text: c.text, paragraphs: [...c.paragraphs] })),
    ...argument.facts.map((f) => ({ ...base, id: f.id, kind: 'fact' as const, text: f.text, date: f.date, paragraphs: [...f.paragraphs] })),
    ...argument.counterpoints.map((k) => ({ ...base, id: k.id, kind: 'counterpoint' as const, text: k.text, paragraphs: [...k.paragraphs] })),
  ];
}

/** Every citable item of a map (for the editor's "choose a claim" picker). */
export function listCitableItems(map: ArgumentMap): CitableItem[] {
  return map.arguments.flatMap((a) => itemsOfArgument(a, map.source.id));
}

/** Finds a claim, fact or counterpoint by id across maps; `undefined` when no map has it. */
export function findCitableItem(maps: readonly ArgumentMap[], itemId: string): CitableItem | undefined {
  for (const map of maps) {
    const found = listCitableItems(map).find((i) => i.id === itemId);
    if (found) return found;
  }
  return undefined;
}

/** Finds an argument by id across maps, with the id of the source it belongs to. */
export function findArgument(maps: readonly ArgumentMap[], argumentId: string): { argument: Argument; sourceId: string } | undefined {
  for (const map of maps) {
    const argument = map.arguments.find((a) => a.id === argumentId);
    if (argument) return { argument, sourceId: map.source.id };
  }
  return undefined;
}

/** The citation an item gives: its source, its paragraphs and its id as `claimId`. */
export function citationFor(item: Pick<CitableItem, 'id' | 'sourceId' | 'paragraphs'>): Citation {
  return { sourceId: item.sourceId, paragraphs: [...item.paragraphs], claimId: item.id };
}
