import type { Citation, Slide } from '../deck';
import type { ArgumentMap } from '../sources/argumentMap';
import { listCitableItems, type CitableItem } from '../sources/citableItems';
import type { BriefingTemplate } from './templateSchema';

/** A problem found when checking a template against the argument maps: a message and its JSON path. */
export interface TemplateProblem {
  message: string;
  path: (string | number)[];
}

/** Layouts that make no claim of their own and so need no citation. */
export const UNCITED_LAYOUTS: ReadonlySet<Slide['layout']> = new Set(['title', 'section', 'sources']);

/** Every citation in a slide with its path relative to the slide (e.g. `['bullets', 2, 'citations', 0]`). */
export function citationSites(slide: Slide): { citation: Citation; path: (string | number)[] }[] {
  const sites: { citation: Citation; path: (string | number)[] }[] = [];
  const add = (list: Citation[] | undefined, path: (string | number)[]) =>
    (list ?? []).forEach((citation, i) => sites.push({ citation, path: [...path, 'citations', i] }));
  add(slide.citations, []);
  const items = (key: string, list: readonly { citations?: Citation[] }[]) => list.forEach((item, i) => add(item.citations, [key, i]));
  if (slide.layout === 'bullets') items('bullets', slide.bullets);
  if (slide.layout === 'bluf') items('judgments', slide.judgments);
  if (slide.layout === 'timeline') items('entries', slide.entries);
  if (slide.layout === 'two-column') {
    slide.left.bullets.forEach((b, i) => add(b.citations, ['left', 'bullets', i]));
    slide.right.bullets.forEach((b, i) => add(b.citations, ['right', 'bullets', i]));
  }
  return sites;
}

/**
 * Checks a parsed template against the loaded argument maps. Rules (docs/architecture.md "Templates"):
 * every argument and source the template names exists; each slide presents only arguments the template names;
 * each citation names one of the template's sources, a paragraph within 1..paragraphCount of that source and, if it
 * has a `claimId`, an item of one of the template's arguments whose paragraphs include the cited ones; every slide
 * that makes a claim (any layout but title, section and sources) carries a citation; slide ids are unique.
 * Returns the problems (empty when the template is consistent).
 */
export function checkTemplate(template: BriefingTemplate, maps: readonly ArgumentMap[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const sources = new Map(maps.map((m) => [m.source.id, m]));
  const argumentIds = new Set(maps.flatMap((m) => m.arguments.map((a) => a.id)));
  const items = new Map<string, CitableItem>(maps.flatMap((m) => listCitableItems(m)).map((i) => [i.id, i]));
  const named = new Set(template.argumentIds);

  template.sourceIds.forEach((id, i) => {
    if (!sources.has(id)) problems.push({ message: `unknown source "${id}" (no argument map has it)`, path: ['sourceIds', i] });
  });
  template.argumentIds.forEach((id, i) => {
    if (!argumentIds.has(id)) problems.push({ message: `unknown argument "${id}"`, path: ['argumentIds', i] });
  });

  const slideIds = new Set<string>();
  template.deck.slides.forEach((slide, s) => {
    const at = (...rest: (string | number)[]) => ['deck', 'slides', s, ...rest];
    if (slideIds.has(slide.id)) problems.push({ message: `duplicate slide id "${slide.id}"`, path: at('id') });
    slideIds.add(slide.id);
    slide.argumentIds.forEach((id, i) => {
      if (!named.has(id)) problems.push({ message: `slide presents argument "${id}", which the template does not name`, path: at('argumentIds', i) });
    });
    const sites = citationSites(slide);
    if (sites.length === 0 && !UNCITED_LAYOUTS.has(slide.layout)) {
      problems.push({ message: `a ${slide.layout} slide makes claims but cites nothing`, path: at('citations') });
    }
    for (const { citation, path } of sites) {
      const map = sources.get(citation.sourceId);
      if (!template.sourceIds.includes(citation.sourceId) || !map) {
        problems.push({ message: `cites source "${citation.sourceId}", which the template does not name or no map has`, path: at(...path, 'sourceId') });
        continue;
      }
      citation.paragraphs.forEach((n, j) => {
        if (n > map.source.paragraphCount) {
          problems.push({ message: `paragraph ${n} is beyond the source's ${map.source.paragraphCount} body paragraphs`, path: at(...path, 'paragraphs', j) });
        }
      });
      if (citation.claimId === undefined) continue;
      const item = items.get(citation.claimId);
      if (!item || item.sourceId !== citation.sourceId) {
        problems.push({ message: `unknown claim "${citation.claimId}" in source "${citation.sourceId}"`, path: at(...path, 'claimId') });
      } else if (!named.has(item.argumentId)) {
        problems.push({ message: `cites "${item.id}" of argument "${item.argumentId}", which the template does not name`, path: at(...path, 'claimId') });
      } else {
        const extra = citation.paragraphs.filter((n) => !item.paragraphs.includes(n));
        if (extra.length > 0) {
          problems.push({ message: `"${item.id}" rests on ¶${item.paragraphs.join(', ')}, not ¶${extra.join(', ')}`, path: at(...path, 'paragraphs') });
        }
      }
    }
  });
  return problems;
}
