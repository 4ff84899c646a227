import type { Bullet, Slide } from '../deck';
import type { Argument } from '../sources/argumentMap';
import { slidesFromArgument } from '../sources/slidesFromArgument';
import { argumentParagraphs, chunk, describeParagraphs, firstSentence, reportingBullet, runTitle, toDoBullet, type GenerateContext, type SlideDraft } from './generatedParts';

/** Bullets a slide states as reporting: what the source says (every bullet slidesFromArgument makes cites an item). */
const asReporting = (bullets: readonly Bullet[]): Bullet[] => bullets.map((b) => ({ ...b, kind: 'reporting' as const }));

function reportingSlide(slide: Slide): Slide {
  if (slide.layout === 'bullets') return { ...slide, bullets: asReporting(slide.bullets) };
  if (slide.layout === 'two-column') return { ...slide, left: { ...slide.left, bullets: asReporting(slide.left.bullets) }, right: { ...slide.right, bullets: asReporting(slide.right.bullets) } };
  return slide;
}

/**
 * The full briefing's slides for one argument: slidesFromArgument's claims slide and evidence / counterpoints slide,
 * every bullet marked reporting, with notes from the argument's summary naming the paragraphs and their sections.
 */
export function fullArgumentSlides(ctx: GenerateContext, argument: Argument): Slide[] {
  const [claims, ...rest] = slidesFromArgument(argument, ctx.source.id, { newId: ctx.newId }).map(reportingSlide);
  const claimNotes = `${argument.summary} The claims rest on ${describeParagraphs(ctx.source, argument.claims.flatMap((c) => c.paragraphs))}.`;
  const evidence = [...argument.facts, ...argument.counterpoints].flatMap((i) => i.paragraphs);
  const evidenceNotes = `The dated facts behind “${argument.title}”, and what cuts against it, from ${describeParagraphs(ctx.source, evidence)}. Check those paragraphs before briefing the details.`;
  return [{ ...claims, notes: claimNotes }, ...rest.map((s) => ({ ...s, notes: evidenceNotes }))];
}

/** The five-minute BLUF's middle: the key (first) claim of each argument, six arguments to a slide. */
export function keyClaimSlides(ctx: GenerateContext, args: readonly Argument[]): SlideDraft[] {
  return chunk(args, 6).map((run, i) => ({
    id: ctx.newId(),
    layout: 'bullets',
    title: runTitle("The source's case in brief", i),
    argumentIds: run.map((a) => a.id),
    bullets: run.map((a) => reportingBullet(ctx.source.id, a.claims[0], a.claims[0].text, true)),
    notes: `${run.slice(0, 4).map((a) => firstSentence(a.summary)).join(' ')} Each line is the key claim of one argument, from ${describeParagraphs(ctx.source, run.map((a) => a.claims[0].paragraphs).flat())}.`,
  }));
}

/** A two-column slide: the claims against the counterpoints; an empty right column gets a to-do bullet per argument. */
function claimsVsCounterpoints(ctx: GenerateContext, title: string, args: readonly Argument[]): SlideDraft {
  const sourceId = ctx.source.id;
  const counter = args.flatMap((a) => a.counterpoints.map((k) => reportingBullet(sourceId, k, k.text)));
  const right =
    counter.length > 0
      ? counter
      : args.map((a) => toDoBullet(`To do: what limits “${a.title}” (the source gives no counterpoint)`, undefined, [{ sourceId, paragraphs: argumentParagraphs(a).slice(0, 100) }]));
  const paragraphs = args.flatMap((a) => [...a.claims, ...a.counterpoints].flatMap((i) => i.paragraphs));
  return {
    id: ctx.newId(),
    layout: 'two-column',
    title,
    argumentIds: args.map((a) => a.id),
    left: { heading: 'What the source argues', bullets: args.flatMap((a) => a.claims.map((c) => reportingBullet(sourceId, c, c.text))) },
    right: { heading: 'What cuts against it', bullets: right },
    notes: `${args.slice(0, 3).map((a) => firstSentence(a.summary)).join(' ')} On the left the claims, on the right what limits them, from ${describeParagraphs(ctx.source, paragraphs)}.`,
  };
}

/**
 * Drivers vs limits: one two-column slide for the whole map when each column holds at most six items, else one per
 * argument (a column of more than six bullets no longer reads from the back of the room).
 */
export function driversVsLimitsSlides(ctx: GenerateContext, args: readonly Argument[]): SlideDraft[] {
  const claims = args.reduce((n, a) => n + a.claims.length, 0);
  const counter = args.reduce((n, a) => n + Math.max(1, a.counterpoints.length), 0);
  if (claims <= 6 && counter <= 6) return [claimsVsCounterpoints(ctx, 'Drivers vs limits', args)];
  return args.map((a) => claimsVsCounterpoints(ctx, `${a.title}: drivers vs limits`, [a]));
}
