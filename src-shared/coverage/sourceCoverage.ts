import type { Citation, Deck, Slide, Source } from '../deck';
import type { Argument, ArgumentMap } from '../sources/argumentMap';
import { citationsOfSlide } from '../sources/deckCitations';
import { normalizeParagraphs } from '../sources/paragraphs';

/** A slide that rests on a paragraph or cites an argument: its 0-based deck index, id, title and backup flag. */
export interface CoverageSlide {
  index: number;
  id: string;
  title: string;
  /** A hidden (backup) slide: counted, and marked so the analyst sees the paragraph is not on a shown slide. */
  hidden: boolean;
}

/** One paragraph of a source and the slides that cite it (deck order; empty = never cited). */
export interface ParagraphCoverage {
  n: number;
  slides: CoverageSlide[];
}

/** One argument of the source's argument map: cited by the deck or not, and by which slides. */
export interface ArgumentCoverage {
  id: string;
  title: string;
  slides: CoverageSlide[];
}

/** How much of one deck source the deck rests on (see {@link sourceCoverage}). */
export interface SourceCoverage {
  sourceId: string;
  title: string;
  /**
   * Number of citable paragraphs: the deck source's own paragraphs (an imported source) or the argument map's
   * `paragraphCount` (the built-in article); null when neither is known (then `paragraphs` lists only cited ones).
   */
  paragraphCount: number | null;
  /** Every known paragraph in order, then any cited paragraph outside them, each with its slides. */
  paragraphs: ParagraphCoverage[];
  /** Paragraph numbers cited by at least one slide, ascending. */
  cited: number[];
  /** Known paragraph numbers no slide cites, ascending. */
  neverCited: number[];
  /** Cited paragraphs that only hidden (backup) slides cite, ascending. */
  hiddenOnly: number[];
  /** Cited numbers the source does not have (a citation of ¶40 of a 12-paragraph source), ascending. */
  unknown: number[];
  /** The source's arguments in map order, or null when the source has no argument map. */
  arguments: ArgumentCoverage[] | null;
  /** Ids of the arguments some slide cites (a citation's claimId among its items, or the slide's argumentIds). */
  citedArguments: string[];
  /** Ids of the arguments no slide cites. */
  uncitedArguments: string[];
}

function paragraphNumbers(source: Source, map: ArgumentMap | undefined): number[] | null {
  if (source.paragraphs?.length) return normalizeParagraphs(source.paragraphs.map((p) => p.n));
  if (map) return Array.from({ length: map.source.paragraphCount }, (_, i) => i + 1);
  return null;
}

function pushOnce(list: CoverageSlide[], slide: CoverageSlide): void {
  if (!list.some((s) => s.id === slide.id)) list.push(slide);
}

const itemIds = (a: Argument): Set<string> => new Set([...a.claims, ...a.facts, ...a.counterpoints].map((i) => i.id));

/**
 * The coverage of each deck source, in `deck.sources` order: which paragraphs the slides cite and which they never
 * cite, the slides resting on each paragraph (every citation of the slide counts: slide-level and those of its
 * bullets, key judgments, column bullets and timeline entries, see `citationsOfSlide`; hidden slides are counted
 * and marked), and, when the source has an argument map (the deck source's own `arguments`, else a built-in map in
 * `maps` with the same source id), which arguments the deck cites. A citation cites an argument when it is of
 * this source and its `claimId` is one of the argument's claims, facts or counterpoints; a slide also cites the
 * arguments named in its `argumentIds`. Pure; never throws.
 */
export function sourceCoverage(deck: Pick<Deck, 'sources' | 'slides'>, maps: readonly ArgumentMap[]): SourceCoverage[] {
  const slideCitations: { slide: CoverageSlide; raw: Slide; citations: Citation[] }[] = deck.slides.map((raw, index) => ({
    slide: { index, id: raw.id, title: raw.title, hidden: raw.hidden },
    raw,
    citations: citationsOfSlide(raw),
  }));

  return deck.sources.map((source) => {
    const map = maps.find((m) => m.source.id === source.id);
    const known = paragraphNumbers(source, map);
    const byParagraph = new Map<number, CoverageSlide[]>((known ?? []).map((n) => [n, []]));
    const args = source.arguments?.length ? source.arguments : map?.arguments;
    const argSlides = new Map<string, CoverageSlide[]>((args ?? []).map((a) => [a.id, []]));
    const itemsOf = new Map((args ?? []).map((a) => [a.id, itemIds(a)]));

    for (const { slide, raw, citations } of slideCitations) {
      for (const c of citations) {
        if (c.sourceId !== source.id) continue;
        for (const n of normalizeParagraphs(c.paragraphs)) {
          if (!byParagraph.has(n)) byParagraph.set(n, []);
          pushOnce(byParagraph.get(n)!, slide);
        }
        if (c.claimId) for (const [id, items] of itemsOf) if (items.has(c.claimId)) pushOnce(argSlides.get(id)!, slide);
      }
      for (const id of raw.argumentIds) if (argSlides.has(id)) pushOnce(argSlides.get(id)!, slide);
    }
    for (const list of argSlides.values()) list.sort((a, b) => a.index - b.index);

    const knownSet = new Set(known ?? []);
    const ordered = [...(known ?? []), ...[...byParagraph.keys()].filter((n) => !knownSet.has(n)).sort((a, b) => a - b)];
    const paragraphs = ordered.map((n) => ({ n, slides: byParagraph.get(n)!.sort((a, b) => a.index - b.index) }));
    const cited = paragraphs.filter((p) => p.slides.length > 0).map((p) => p.n).sort((a, b) => a - b);
    const argumentList = args ? args.map((a) => ({ id: a.id, title: a.title, slides: argSlides.get(a.id)! })) : null;
    return {
      sourceId: source.id,
      title: source.title,
      paragraphCount: known ? known.length : null,
      paragraphs,
      cited,
      neverCited: paragraphs.filter((p) => p.slides.length === 0).map((p) => p.n),
      hiddenOnly: paragraphs.filter((p) => p.slides.length > 0 && p.slides.every((s) => s.hidden)).map((p) => p.n),
      unknown: known ? cited.filter((n) => !knownSet.has(n)) : [],
      arguments: argumentList,
      citedArguments: (argumentList ?? []).filter((a) => a.slides.length > 0).map((a) => a.id),
      uncitedArguments: (argumentList ?? []).filter((a) => a.slides.length === 0).map((a) => a.id),
    };
  });
}
