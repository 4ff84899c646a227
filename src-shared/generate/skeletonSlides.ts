import type { KeyJudgment } from '../deck';
import { formatParagraphs } from '../sources/paragraphs';
import type { SourceShape } from './shapes';
import { citeParagraphs, describeParagraphs, toDoBullet, toDoJudgment, type GenerateContext, type SlideDraft } from './generatedParts';

/** A section of the source with the numbers of its paragraphs (in the source's order). */
export interface SectionParagraphs {
  title: string;
  paragraphs: number[];
}

/**
 * The source's sections with their paragraphs, in order: the listed sections that hold paragraphs, then the
 * paragraphs in no listed section under "Other paragraphs". A source with no sections is one section named by its
 * title; a source with no paragraph text is that one section with none.
 */
export function sourceSections(ctx: GenerateContext): SectionParagraphs[] {
  const paragraphs = ctx.source.paragraphs ?? [];
  const sections = ctx.source.sections ?? [];
  if (sections.length === 0) return [{ title: ctx.source.title || 'The source', paragraphs: paragraphs.map((p) => p.n) }];
  const known = new Set(sections.map((s) => s.id));
  const out = sections.map((s) => ({ title: s.title || s.id, paragraphs: paragraphs.filter((p) => p.section === s.id).map((p) => p.n) }));
  const other = paragraphs.filter((p) => p.section === undefined || !known.has(p.section)).map((p) => p.n);
  if (other.length > 0) out.push({ title: 'Other paragraphs', paragraphs: other });
  const held = out.filter((s) => s.paragraphs.length > 0);
  return held.length > 0 ? held : [{ title: ctx.source.title || 'The source', paragraphs: [] }];
}

/** The to-do judgments of a skeleton's BLUF: one per section (at most five), citing that section's paragraphs. */
export function skeletonJudgments(ctx: GenerateContext, sections: readonly SectionParagraphs[]): KeyJudgment[] {
  return sections.slice(0, 5).map((s) => toDoJudgment(`To do: our key judgment on “${s.title}”, with its likelihood, confidence and basis`, citeParagraphs(ctx.source.id, s.paragraphs)));
}

/** The content of a skeleton slide for one section, in the layout the shape uses; every statement is to do. */
function sectionBody(shape: SourceShape, section: SectionParagraphs): { layout: string } & Record<string, unknown> {
  const refs = formatParagraphs(section.paragraphs) || 'the source';
  switch (shape) {
    case 'full-briefing':
      return { layout: 'bullets', bullets: (section.paragraphs.length > 0 ? section.paragraphs.slice(0, 4) : [0]).map((n) => toDoBullet(`To do: restate ${n > 0 ? formatParagraphs([n]) : 'the source'} in our own words`, 'reporting')) };
    case 'five-minute-bluf':
      return { layout: 'bullets', bullets: [toDoBullet(`To do: the key point of ${refs} in one line`, 'reporting')] };
    case 'drivers-vs-limits':
      return {
        layout: 'two-column',
        left: { heading: 'What the source argues', bullets: [toDoBullet(`To do: a claim from ${refs}`, 'reporting')] },
        right: { heading: 'What cuts against it', bullets: [toDoBullet(`To do: a counterpoint from ${refs}`, 'reporting')] },
      };
    case 'timeline': {
      const event = `To do: a dated event from ${refs}`;
      return { layout: 'timeline', entries: [{ date: '', event, todo: true, placeholder: event, kind: 'reporting' }] };
    }
    case 'actors':
      return { layout: 'bullets', bullets: [toDoBullet(`To do: who acts or speaks in ${refs}, and how the source gives their view`, 'reporting')] };
    case 'indicators':
      return { layout: 'bullets', bullets: [toDoBullet(`To do: a sign we would see if ${refs} holds`, 'indicator'), toDoBullet(`To do: a sign we would see if it fails`, 'indicator')] };
  }
}

/**
 * The skeleton of a source with no argument map yet: a slide per section in the shape's layout, citing the section's
 * paragraphs at slide level (so its statements, once written, are cited), its statements left to write (to do).
 */
export function skeletonSlides(ctx: GenerateContext, shape: SourceShape, sections: readonly SectionParagraphs[]): SlideDraft[] {
  return sections.map((section) => ({
    id: ctx.newId(),
    title: section.title,
    citations: citeParagraphs(ctx.source.id, section.paragraphs),
    ...sectionBody(shape, section),
    notes: `This slide covers “${section.title}”, ${describeParagraphs(ctx.source, section.paragraphs)}. Its lines are ours to write: restate what those paragraphs say in our own words, keeping the source's hedges and attributions.`,
  }));
}
