import type { Citation, Slide } from '../deck';

/** A place on a slide that carries citations: its field as the tradecraft statements name it, '' for the slide's own. */
export interface CitationSite {
  field: string;
  citations: readonly Citation[];
}

type Cited = { citations?: Citation[] };

function items(slide: Slide): [string, readonly Cited[]][] {
  switch (slide.layout) {
    case 'bullets':
      return [['bullets', slide.bullets]];
    case 'bluf':
      return [['judgments', slide.judgments]];
    case 'two-column':
      return [
        ['left.bullets', slide.left.bullets],
        ['right.bullets', slide.right.bullets],
      ];
    case 'timeline':
      return [['entries', slide.entries]];
    default:
      return [];
  }
}

/**
 * Every place of a slide that carries citations, in reading order: the slide's own ('' : the BLUF sentence, a quote
 * and uncited lines rest on them), then "bullets[i]", "judgments[i]", "left.bullets[i]", "right.bullets[i]",
 * "entries[i]" (the fields of src-shared/tradecraft/statements.ts). The same set citationsOfSlide reads.
 */
export function citationSites(slide: Slide): CitationSite[] {
  const out: CitationSite[] = [{ field: '', citations: slide.citations }];
  for (const [path, list] of items(slide)) list.forEach((item, i) => out.push({ field: `${path}[${i}]`, citations: item.citations ?? [] }));
  return out.filter((s) => s.citations.length > 0);
}

/**
 * The slide with `change` applied to every citation it carries (slide-level and on its items); a new object. A
 * citation for which `change` returns null is removed (its statement is then uncited, which the checks name).
 */
export function mapSlideCitations(slide: Slide, change: (citation: Citation) => Citation | null): Slide {
  const all = (list: readonly Citation[]) => list.flatMap((c) => change(c) ?? []);
  const each = <T extends Cited>(list: readonly T[]): T[] => list.map((item) => (item.citations ? { ...item, citations: all(item.citations) } : item));
  const base = { ...slide, citations: all(slide.citations) };
  switch (base.layout) {
    case 'bullets':
      return { ...base, bullets: each(base.bullets) };
    case 'bluf':
      return { ...base, judgments: each(base.judgments) };
    case 'two-column':
      return { ...base, left: { ...base.left, bullets: each(base.left.bullets) }, right: { ...base.right, bullets: each(base.right.bullets) } };
    case 'timeline':
      return { ...base, entries: each(base.entries) };
    default:
      return base;
  }
}
