import type { KeyJudgment, Source } from '../deck';
import { formatFactDate } from '../sources/factDate';
import type { GenerateContext, SlideDraft } from './generatedParts';

/** At most this many key judgments on a generated BLUF slide (briefings carry three to five). */
export const MAX_KEY_JUDGMENTS = 5;

/** "A. Tallis and J. Okoro, Lowland Water Forum, May 2024": the byline of a source, empty parts left out. */
export function byline(source: Source): string {
  const authors = source.authors.length > 1 ? `${source.authors.slice(0, -1).join(', ')} and ${source.authors.at(-1)}` : (source.authors[0] ?? '');
  return [authors, source.publisher, source.date ? formatFactDate(source.date) : ''].filter((p) => p.trim() !== '').join(', ');
}

/** The title slide: the deck's title and the source's byline, with notes saying what the briefing rests on. */
export function titleSlide(ctx: GenerateContext, title: string): SlideDraft {
  const by = byline(ctx.source);
  return {
    id: ctx.newId(),
    layout: 'title',
    title,
    subtitle: by ? `From ${by}` : '',
    notes: `This briefing draws on one source, “${ctx.source.title}”${by ? ` (${by})` : ''}. Every statement on the slides cites the paragraphs it rests on, and our key judgments come first, once we have written them.`,
  };
}

/**
 * The BLUF slide: the bottom line names what the source covers (`topics`: its argument or section titles), and the
 * key judgments are to-do placeholders citing what each should rest on (the generator never writes a judgment).
 */
export function blufSlide(ctx: GenerateContext, topics: readonly string[], judgments: readonly KeyJudgment[]): SlideDraft {
  return {
    id: ctx.newId(),
    layout: 'bluf',
    title: 'Bottom line up front',
    bluf: topics.length > 0 ? `The source covers: ${topics.join('; ')}.` : '',
    judgments: judgments.slice(0, MAX_KEY_JUDGMENTS),
    notes:
      'The key judgments are ours to write, each with a likelihood, a confidence level and the basis for it. Each placeholder already cites the part of the source it should rest on; keep the source\'s hedges when the judgment leans on hedged claims.',
  };
}

/** The closing sources slide; the renderer fills it from the citations the deck actually uses. */
export function sourcesSlide(ctx: GenerateContext): SlideDraft {
  return {
    id: ctx.newId(),
    layout: 'sources',
    title: 'Sources',
    notes: `This list is generated from the citations the deck uses, so it always matches the slides. The briefing rests on a single source, “${ctx.source.title}”; check the cited paragraphs before quoting it.`,
  };
}
