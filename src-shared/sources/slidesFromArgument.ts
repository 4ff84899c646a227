import { SlideSchema, type Bullet, type Slide } from '../deck';
import { createSlideIdFactory } from '../deck/slideIds';
import type { Argument } from './argumentMap';
import { formatFactDate } from './factDate';
import { formatParagraphs, normalizeParagraphs } from './paragraphs';

/** Options for `slidesFromArgument`. */
export interface SlidesFromArgumentOptions {
  /** Slide ids already in the target deck; new ids avoid them. */
  takenIds?: Iterable<string>;
  /** Id generator; overrides `takenIds`. Defaults to `<argument id>-1`, `-2`, ... */
  newId?: () => string;
}

function cited(text: string, sourceId: string, item: { id: string; paragraphs: number[] }, fragment = false): Bullet {
  return { text, level: 0, fragment, citations: [{ sourceId, paragraphs: [...item.paragraphs], claimId: item.id }] };
}

/**
 * The slides an argument becomes when inserted from the argument map ("Insert from the argument map"):
 * 1. a bullets slide titled with the argument, one bullet per claim (each a build step, each cited with its
 *    paragraphs and claim id), speaker notes = the summary plus the paragraphs it rests on;
 * 2. when the argument has facts or counterpoints: a two-column slide "Evidence" (dated facts) vs
 *    "Counterpoints", or a bullets slide when only one of the two exists.
 * Every slide carries `argumentIds: [argument.id]` and is a valid `Slide` (defaults applied). Pure.
 */
export function slidesFromArgument(argument: Argument, sourceId: string, options: SlidesFromArgumentOptions = {}): Slide[] {
  const newId = options.newId ?? createSlideIdFactory(argument.id, options.takenIds);
  const all = [...argument.claims, ...argument.facts, ...argument.counterpoints].flatMap((i) => i.paragraphs);
  const base = { argumentIds: [argument.id], citations: [] };
  const slides: unknown[] = [
    {
      ...base,
      id: newId(),
      layout: 'bullets',
      title: argument.title,
      bullets: argument.claims.map((c) => cited(c.text, sourceId, c, true)),
      notes: `${argument.summary} This rests on ${formatParagraphs(all)} of the source.`,
    },
  ];
  const evidence = argument.facts.map((f) => cited(`${formatFactDate(f.date)}: ${f.text}`, sourceId, f));
  const counter = argument.counterpoints.map((k) => cited(k.text, sourceId, k));
  const evidenceNotes = `The dated facts behind "${argument.title}", and what cuts against it. Check ${formatParagraphs(
    normalizeParagraphs([...argument.facts, ...argument.counterpoints].flatMap((i) => i.paragraphs)),
  )} before briefing the details.`;
  if (evidence.length > 0 && counter.length > 0) {
    slides.push({
      ...base,
      id: newId(),
      layout: 'two-column',
      title: `${argument.title}: evidence and counterpoints`,
      left: { heading: 'Evidence', bullets: evidence },
      right: { heading: 'Counterpoints', bullets: counter },
      notes: evidenceNotes,
    });
  } else if (evidence.length > 0 || counter.length > 0) {
    slides.push({
      ...base,
      id: newId(),
      layout: 'bullets',
      title: `${argument.title}: ${evidence.length > 0 ? 'evidence' : 'counterpoints'}`,
      bullets: evidence.length > 0 ? evidence : counter,
      notes: evidenceNotes,
    });
  }
  return slides.map((s) => SlideSchema.parse(s));
}
