import type { Argument, Fact } from '../sources/argumentMap';
import { formatFactDate } from '../sources/factDate';
import { argumentParagraphs, chunk, citeItem, citeParagraphs, describeParagraphs, factText, firstSentence, reportingBullet, runTitle, toDoBullet, type GenerateContext, type MapItem, type SlideDraft } from './generatedParts';

/** ISO dates and intervals sort as text by their start ("2023-11-02" < "2024-02-20/2024-03"); ties keep map order. */
const byDate = (a: Fact, b: Fact) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The timeline: every fact of the map in date order (fact dates are ISO 8601, see factDate.ts), six to a timeline
 * slide. A map with no facts gives one timeline slide of to-do entries, one per argument, citing its paragraphs.
 */
export function timelineSlides(ctx: GenerateContext, args: readonly Argument[]): SlideDraft[] {
  const sourceId = ctx.source.id;
  const facts = args.flatMap((a) => a.facts.map((fact) => ({ fact, argument: a }))).sort((x, y) => byDate(x.fact, y.fact));
  if (facts.length === 0) {
    const entries = args.map((a) => ({ date: '', event: `To do: a dated event behind “${a.title}”`, todo: true, placeholder: `To do: a dated event behind “${a.title}”`, kind: 'reporting', citations: citeParagraphs(sourceId, argumentParagraphs(a)) }));
    return [{ id: ctx.newId(), layout: 'timeline', title: 'Timeline', argumentIds: args.map((a) => a.id), entries, notes: 'The source gives no dated facts in its map yet. Add the events from the cited paragraphs, each with its date.' }];
  }
  return chunk(facts, 6).map((run) => {
    const first = formatFactDate(run[0].fact.date);
    const last = formatFactDate(run[run.length - 1].fact.date);
    const argumentTitles = [...new Set(run.map((r) => r.argument.title))];
    return {
      id: ctx.newId(),
      layout: 'timeline',
      title: first === last ? `Timeline: ${first}` : `Timeline: ${first} to ${last}`,
      argumentIds: [...new Set(run.map((r) => r.argument.id))],
      entries: run.map(({ fact }) => ({ date: formatFactDate(fact.date), event: fact.text, fragment: false, kind: 'reporting', citations: [citeItem(sourceId, fact)] })),
      notes: `The events the source reports from ${first} to ${last}, in date order, from ${describeParagraphs(ctx.source, run.flatMap((r) => r.fact.paragraphs))}. They bear on ${argumentTitles.map((t) => `“${t}”`).join(' and ')}.`,
    };
  });
}

/** A map item with the argument it belongs to and the text a bullet shows (a fact with its date). */
interface Placed {
  item: MapItem;
  argument: Argument;
  text: string;
}

/** The heading the source's own (asserted, hedged or unrecorded) items go under on the actors deck. */
export const OWN_ANALYSIS = "The source's own analysis";

/**
 * Actors: the map's items grouped by whose view the source gives them as (`attributedTo` of an attributed item),
 * a slide per actor in order of first appearance, seven bullets to a slide; then the items with no actor under
 * "The source's own analysis". Each bullet is the map's text, which names the actor already.
 */
export function actorSlides(ctx: GenerateContext, args: readonly Argument[]): SlideDraft[] {
  const groups = new Map<string, Placed[]>();
  for (const argument of args) {
    const items: Placed[] = [
      ...argument.claims.map((item) => ({ item, argument, text: item.text })),
      ...argument.facts.map((item) => ({ item, argument, text: factText(item) })),
      ...argument.counterpoints.map((item) => ({ item, argument, text: item.text })),
    ];
    for (const placed of items) {
      const actor = placed.item.stance === 'attributed' && placed.item.attributedTo ? placed.item.attributedTo : '';
      groups.set(actor, [...(groups.get(actor) ?? []), placed]);
    }
  }
  const order = [...groups.keys()].filter((k) => k !== '').concat(groups.has('') ? [''] : []);
  return order.flatMap((actor) =>
    chunk(groups.get(actor) ?? [], 7).map((run, i) => {
      const paragraphs = describeParagraphs(ctx.source, run.flatMap((p) => p.item.paragraphs));
      const topics = [...new Set(run.map((p) => `“${p.argument.title}”`))].join(' and ');
      return {
        id: ctx.newId(),
        layout: 'bullets',
        title: runTitle(actor || OWN_ANALYSIS, i),
        argumentIds: [...new Set(run.map((p) => p.argument.id))],
        bullets: run.map((p) => reportingBullet(ctx.source.id, p.item, p.text, true)),
        notes: actor
          ? `What the source reports as ${actor}'s view or doing, from ${paragraphs}. Each line keeps it attributed to ${actor}, as the source does; it bears on ${topics}.`
          : `What the authors state in their own voice, from ${paragraphs}. Hedged lines keep the source's hedge; they bear on ${topics}.`,
      };
    }),
  );
}

/** Indicators: per argument a slide of two to-do indicators (toward and away), citing the argument's paragraphs. */
export function indicatorSlides(ctx: GenerateContext, args: readonly Argument[]): SlideDraft[] {
  return args.map((a) => {
    const cited = citeParagraphs(ctx.source.id, argumentParagraphs(a));
    return {
      id: ctx.newId(),
      layout: 'bullets',
      title: `Indicators: ${a.title}`,
      argumentIds: [a.id],
      bullets: [toDoBullet(`To do: a sign we would see if “${a.title}” holds`, 'indicator', cited), toDoBullet(`To do: a sign we would see if it fails`, 'indicator', cited)],
      notes: `${firstSentence(a.summary)} Write what we would observe if this holds, and what if it fails. The source argues it in ${describeParagraphs(ctx.source, argumentParagraphs(a))}.`,
    };
  });
}
