import type { Citation, Deck, Source, YardstickId } from '../deck';
import type { ArgumentMap, Stance } from '../sources/argumentMap';
import type { Finding } from './finding';
import { copiedRun, sourceFingerprint } from './fingerprint';
import { placeOn } from './likelihoodTerms';
import { excerpt, makeFinding, where } from './makeFinding';
import type { Statement } from './statements';
import { findTerms, withoutQuotations } from './termMatch';
import { WORD_LISTS, YARDSTICK_LIST } from './wordLists';

/** How the source states one argument-map item (see StanceSchema). */
interface ItemStance {
  stance?: Stance;
  hedge?: string;
  attributedTo?: string;
}

/** What the source checks know of the deck's sources: stances by item id, paragraph texts, fingerprints. */
export interface SourceKnowledge {
  stances: ReadonlyMap<string, ItemStance>;
  paragraphText(sourceId: string, n: number): string | undefined;
  fingerprint(sourceId: string): ReadonlySet<string> | undefined;
}

/**
 * What the argument maps and the deck's own sources say about each source: item stances from the maps (the
 * built-in ones and those the deck's imported sources carry in `arguments`); paragraph
 * texts from a deck source that carries them (an imported source); fingerprints computed from those texts, or read
 * from the map's source record (the built-in article, whose text is not in the project).
 */
export function sourceKnowledge(sources: readonly Source[], maps: readonly ArgumentMap[]): SourceKnowledge {
  const stances = new Map<string, ItemStance>();
  // A user's argument map travels in its deck source; the built-in article's comes from templates/arguments/.
  for (const args of [...maps.map((m) => m.arguments), ...sources.map((s) => s.arguments ?? [])]) {
    for (const argument of args) for (const item of [...argument.claims, ...argument.facts, ...argument.counterpoints]) stances.set(item.id, item);
  }
  const texts = new Map<string, Map<number, string>>();
  for (const source of sources) if (source.paragraphs?.length) texts.set(source.id, new Map(source.paragraphs.map((p) => [p.n, p.text])));
  const fingerprints = new Map<string, ReadonlySet<string> | undefined>();
  return {
    stances,
    paragraphText: (sourceId, n) => texts.get(sourceId)?.get(n),
    fingerprint(sourceId) {
      if (!fingerprints.has(sourceId)) {
        const own = texts.get(sourceId);
        const stored = maps.find((m) => m.source.id === sourceId)?.source.fingerprint;
        fingerprints.set(sourceId, own ? new Set(sourceFingerprint([...own.values()])) : stored ? new Set(stored) : undefined);
      }
      return fingerprints.get(sourceId);
    },
  };
}

const hasHedge = (text: string) => findTerms(text, WORD_LISTS.sourceHedges.terms).length > 0;
const hasAttribution = (text: string) => findTerms(text, WORD_LISTS.attributionCues.terms).length > 0;

/** Stance findings of one reporting (or kind-less) statement against each citation it gives. */
function stanceFindings(s: Statement, known: SourceKnowledge): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const once = (key: string, f: () => Finding) => {
    if (!seen.has(key)) out.push(f());
    seen.add(key);
  };
  for (const c of s.citations) {
    const item = c.claimId ? known.stances.get(c.claimId) : undefined;
    if (item?.stance === 'hedged' && !hasHedge(s.text)) {
      once('hedge', () => makeFinding('hedge-dropped', s, `${where(s)}: the source hedges ${c.claimId} (“${item.hedge ?? 'hedged'}”) but the text states it flatly (“${excerpt(s.text)}”).`));
    } else if (item?.stance === 'attributed' && !hasAttribution(s.text)) {
      once('attribution', () =>
        makeFinding('attribution-dropped', s, `${where(s)}: the source gives ${c.claimId} as ${item.attributedTo ?? 'an actor'}'s view, but the text states it as fact (“${excerpt(s.text)}”).`),
      );
    } else if (!item?.stance && !hasHedge(s.text)) {
      const hedged = c.paragraphs.map((n) => ({ n, hit: findTerms(known.paragraphText(c.sourceId, n) ?? '', WORD_LISTS.vagueHedges.terms)[0] })).find((p) => p.hit);
      if (hedged) once('hedge', () => makeFinding('hedge-dropped', s, `${where(s)}: ¶${hedged.n} of ${c.sourceId} hedges (“${hedged.hit?.term}”) but the text states it flatly (“${excerpt(s.text)}”).`));
    }
  }
  return out;
}

/** A judgment "likely" or firmer whose every cited item is hedged by its source. */
function firmerThanSource(s: Statement, known: SourceKnowledge, yardstick: YardstickId): Finding[] {
  const place = s.likelihood ? placeOn(s.likelihood, yardstick) : undefined;
  if (!place || YARDSTICK_LIST[yardstick].bands[place.band].min < 55) return [];
  const items = s.citations.map((c: Citation) => (c.claimId ? known.stances.get(c.claimId) : undefined)).filter((i) => i?.stance);
  if (items.length === 0 || !items.every((i) => i?.stance === 'hedged')) return [];
  const hedges = [...new Set(items.map((i) => i?.hedge).filter(Boolean))].join('”, “');
  return [makeFinding('judgment-firmer-than-source', s, `${where(s)}: “${s.likelihood}”, but every claim it cites is hedged by the source (“${hedges || 'hedged'}”).`)];
}

/** Copied runs of a cited source in a text (outside quotation marks). */
function copyFindings(place: Pick<Statement, 'slideIndex' | 'slideId' | 'field' | 'label'>, text: string, sourceIds: readonly string[], known: SourceKnowledge): Finding[] {
  const open = withoutQuotations(text);
  for (const id of sourceIds) {
    const fp = known.fingerprint(id);
    const run = fp ? copiedRun(open, fp) : undefined;
    if (run) return [makeFinding('copied-run', place, `${where(place)}: ${run.split(' ').length} consecutive words of ${id} outside quotation marks (“${excerpt(run)}”).`)];
  }
  return [];
}

/**
 * The checks against the sources (ICD 203 §D.6.e(1) and (3), ICD 206): reporting that cites nothing, a source's
 * hedge or attribution dropped, a judgment firmer than the hedged claims it rests on, and eight or more consecutive
 * words of a cited source outside quotation marks (in statements and speaker notes).
 */
export function sourceChecks(deck: Pick<Deck, 'slides' | 'sources'>, statements: readonly Statement[], known: SourceKnowledge, yardstick: YardstickId): Finding[] {
  const out: Finding[] = [];
  const citedSources = [...new Set(statements.flatMap((s) => [...s.citations, ...s.slideCitations].map((c) => c.sourceId)))];
  const listed = new Set(deck.sources.map((src) => src.id));
  for (const s of statements) {
    const unknown = s.citations.find((c) => !listed.has(c.sourceId));
    if (unknown) out.push(makeFinding('citation-unknown-source', s, `${where(s)}: cites “${unknown.sourceId}”, which is not among the deck's sources.`));
    // A placeholder states nothing yet: only its citations are checked until the analyst writes it (statement-to-do).
    if (s.todo) continue;
    if (s.kind === 'reporting' && s.citations.length === 0 && s.slideCitations.length === 0) {
      out.push(makeFinding('reporting-uncited', s, `${where(s)}: reporting with no citation (“${excerpt(s.text)}”).`));
    }
    if (s.claim && s.field !== 'quote' && (s.kind === 'reporting' || s.kind === undefined)) out.push(...stanceFindings(s, known));
    if (s.kind === 'judgment') out.push(...firmerThanSource(s, known, yardstick));
    if (s.field !== 'quote' && s.field !== 'background') out.push(...copyFindings(s, s.text, citedSources, known));
  }
  deck.slides.forEach((slide, i) => {
    if (slide.notes.trim() !== '') out.push(...copyFindings({ slideIndex: i, slideId: slide.id, field: 'notes', label: 'speaker notes' }, slide.notes, citedSources, known));
  });
  return out;
}
