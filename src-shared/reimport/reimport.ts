import { DeckSchema, type Citation, type Deck, type Source } from '../deck';
import type { Argument } from '../sources/argumentMap';
import { normalizeParagraphs } from '../sources/paragraphs';
import { citationSites, mapSlideCitations } from './citationSites';
import { matchParagraphs, type ParagraphMatch } from './matchParagraphs';

/** A citation on a slide whose paragraphs changed or vanished in the re-imported source (old numbers). */
export interface AffectedCitation {
  slideIndex: number;
  slideId: string;
  slideTitle: string;
  /** Where on the slide, as the tradecraft statements name fields ("bullets[2]", "judgments[0]"; '' the slide's own). */
  field: string;
  claimId?: string;
  /** The cited paragraphs (old numbers) that changed or vanished. */
  paragraphs: number[];
  /** `vanished` when any of them vanished, else `changed`. */
  status: 'changed' | 'vanished';
}

/** What re-importing a source would do to a deck (see reimportReport). */
export interface ReimportReport {
  matches: ParagraphMatch[];
  affected: AffectedCitation[];
  /** Old paragraph numbers that get a new number (moved, or changed under a new number), in old order. */
  renumbered: { from: number; to: number }[];
}

/** The deck's copy of the source; throws an Error naming the source when the deck lacks it or its text. */
function deckSource(deck: Deck, sourceId: string): Source {
  const source = deck.sources.find((s) => s.id === sourceId);
  if (!source) throw new Error(`the deck has no source "${sourceId}"`);
  if (!source.paragraphs?.length) throw new Error(`source "${sourceId}" carries no paragraph text in the deck, so a new version cannot be compared with it`);
  return source;
}

/**
 * What re-importing `sourceId` as `next` means for the deck: each old paragraph's match (matchParagraphs), every
 * citation of that source whose paragraphs changed or vanished with the slide it sits on (in slide order, hidden
 * slides included; a cited number the old source does not have is not listed), and the renumbering. Throws an Error
 * when the deck has no such source or no text for it. Pure.
 */
export function reimportReport(deck: Deck, sourceId: string, next: Source): ReimportReport {
  const matches = matchParagraphs(deckSource(deck, sourceId), next);
  const status = new Map(matches.map((m) => [m.old, m.status]));
  const affected: AffectedCitation[] = [];
  deck.slides.forEach((slide, slideIndex) => {
    for (const site of citationSites(slide)) {
      for (const c of site.citations) {
        if (c.sourceId !== sourceId) continue;
        const hit = normalizeParagraphs(c.paragraphs).filter((n) => status.get(n) === 'changed' || status.get(n) === 'vanished');
        if (hit.length === 0) continue;
        affected.push({
          slideIndex,
          slideId: slide.id,
          slideTitle: slide.title,
          field: site.field,
          ...(c.claimId ? { claimId: c.claimId } : {}),
          paragraphs: hit,
          status: hit.some((n) => status.get(n) === 'vanished') ? 'vanished' : 'changed',
        });
      }
    }
  });
  const renumbered = matches.flatMap((m) => (m.next !== null && m.next !== m.old ? [{ from: m.old, to: m.next }] : []));
  return { matches, affected, renumbered };
}

/**
 * The deck with `sourceId` replaced by its re-imported version `next`: the source's text, sections, hashes, metadata
 * and origin become next's (its id stays the deck's, so citations still find it); the deck's argument map is kept
 * (next's is used only when the deck has none), its items' paragraphs renumbered; every citation of the source is
 * renumbered to the new numbers of moved and changed paragraphs. A vanished paragraph's number is dropped, since
 * the same number now names other text: a citation left with no paragraph is removed (its statement shows as
 * uncited in the checks, and the report listed it), and so is a map item left with none (a citation that named it
 * keeps its paragraphs and loses its `claimId`). Numbers are re-sorted and de-duplicated. Returns a valid Deck;
 * throws like reimportReport. Pure.
 */
export function applyReimport(deck: Deck, sourceId: string, next: Source): Deck {
  const old = deckSource(deck, sourceId);
  const matches = matchParagraphs(old, next);
  const to = new Map(matches.flatMap((m) => (m.next !== null ? [[m.old, m.next] as const] : [])));
  const renumber = (ps: readonly number[]) => normalizeParagraphs(ps.flatMap((n) => to.get(n) ?? []));
  const removed = new Set<string>();
  const renumberItems = <T extends { id: string; paragraphs: number[] }>(list: readonly T[]): T[] =>
    list.flatMap((i) => {
      const paragraphs = renumber(i.paragraphs);
      if (paragraphs.length === 0) removed.add(i.id);
      return paragraphs.length === 0 ? [] : [{ ...i, paragraphs }];
    });
  const map = old.arguments?.map((a: Argument) => ({ ...a, claims: renumberItems(a.claims), facts: renumberItems(a.facts), counterpoints: renumberItems(a.counterpoints) }));
  const source: Source = { ...next, id: sourceId, ...(map ? { arguments: map } : {}) };
  const change = (c: Citation): Citation | null => {
    if (c.sourceId !== sourceId) return c;
    const paragraphs = renumber(c.paragraphs);
    if (paragraphs.length === 0) return null;
    const { claimId, ...rest } = c;
    return claimId !== undefined && !removed.has(claimId) ? { ...rest, claimId, paragraphs } : { ...rest, paragraphs };
  };
  const slides = deck.slides.map((slide) => mapSlideCitations(slide, change));
  return DeckSchema.parse({ ...deck, sources: deck.sources.map((s) => (s.id === sourceId ? source : s)), slides });
}
