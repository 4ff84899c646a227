import { DeckSchema, SCHEMA_VERSION, type Deck, type Source } from '../deck';
import { createSlideIdFactory } from '../deck/slideIds';
import type { Argument } from '../sources/argumentMap';
import { actorSlides, indicatorSlides, timelineSlides } from './mapViewSlides';
import { driversVsLimitsSlides, fullArgumentSlides, keyClaimSlides } from './argumentSlides';
import { blufSlide, byline, sourcesSlide, titleSlide } from './frameSlides';
import { citeItem, toDoJudgment, type GenerateContext, type SlideDraft } from './generatedParts';
import type { SourceShape } from './shapes';
import { skeletonJudgments, skeletonSlides, sourceSections } from './skeletonSlides';

/** Options of deckFromSource: the briefing date (ISO 8601, YYYY-MM-DD; default none) and the deck title. */
export interface DeckFromSourceOptions {
  date?: string;
  title?: string;
}

/** The content slides of a shape for a source with an argument map. */
function mapSlides(ctx: GenerateContext, shape: SourceShape, args: readonly Argument[]): unknown[] {
  switch (shape) {
    case 'full-briefing':
      return args.flatMap((a) => fullArgumentSlides(ctx, a));
    case 'five-minute-bluf':
      return keyClaimSlides(ctx, args);
    case 'drivers-vs-limits':
      return driversVsLimitsSlides(ctx, args);
    case 'timeline':
      return timelineSlides(ctx, args);
    case 'actors':
      return actorSlides(ctx, args);
    case 'indicators':
      return indicatorSlides(ctx, args);
  }
}

/**
 * A cited briefing deck made from an imported source and its argument map (`source.arguments`), in one of the
 * SOURCE_SHAPES: a title slide, a BLUF slide, the shape's content slides, and a closing sources slide (filled at
 * render time from the citations). Every claim, fact and counterpoint shown is a reporting statement in the map's
 * own words (which keep the source's hedge or name the actor), citing `{ sourceId, paragraphs, claimId }`. The key
 * judgments are never generated: the BLUF holds one to-do placeholder per argument (at most five), citing that
 * argument's claims; indicators are to-do placeholders too (`todo`, see isToDo; the check `statement-to-do` names
 * each). A source with no map yet gives the shape's skeleton: a slide per section citing its paragraphs at slide
 * level, its lines to do. Every slide has speaker notes. The deck carries the source (text, sections, map) in
 * `sources`, marking scheme none. Returns a valid Deck (DeckSchema.parse; throws a ZodError only if the source
 * itself breaks SourceSchema). Pure and deterministic: slide ids are `<source id>-1`, `-2`, ...
 */
export function deckFromSource(source: Source, shape: SourceShape, options: DeckFromSourceOptions = {}): Deck {
  const ctx: GenerateContext = { source, newId: createSlideIdFactory(source.id) };
  const title = options.title?.trim() || source.title || source.id;
  const args = source.arguments ?? [];
  const slides: unknown[] = [titleSlide(ctx, title)];
  if (args.length > 0) {
    const judgments = args.map((a) =>
      toDoJudgment(`To do: our key judgment on “${a.title}”, with its likelihood, confidence and basis`, a.claims.map((c) => citeItem(source.id, c)).slice(0, 50)),
    );
    const bluf: SlideDraft = blufSlide(ctx, args.map((a) => a.title), judgments);
    slides.push({ ...bluf, argumentIds: args.slice(0, 5).map((a) => a.id) }, ...mapSlides(ctx, shape, args));
  } else {
    const sections = sourceSections(ctx);
    slides.push(blufSlide(ctx, sections.map((s) => s.title), skeletonJudgments(ctx, sections)), ...skeletonSlides(ctx, shape, sections));
  }
  slides.push(sourcesSlide(ctx));
  return DeckSchema.parse({ schemaVersion: SCHEMA_VERSION, title, subtitle: byline(source), date: options.date ?? '', sources: [source], slides });
}
