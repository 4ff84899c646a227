/** A problem found in an argument map: a message and the JSON path (keys and indexes) it concerns. */
export interface MapProblem {
  message: string;
  path: (string | number)[];
}

/** The structural shape `checkArgumentMap` reads (a parsed map before the cross-field checks). */
interface MapShape {
  source: {
    paragraphCount: number;
    sections: { id: string; first: number; last: number }[];
    paragraphs: { n: number; section: string }[];
  };
  arguments: {
    id: string;
    claims: { id: string; paragraphs: number[] }[];
    facts: { id: string; paragraphs: number[] }[];
    counterpoints: { id: string; paragraphs: number[] }[];
  }[];
}

/**
 * Cross-field checks of an argument map (used by `ArgumentMapSchema`): paragraph numbers within
 * 1..paragraphCount, paragraph summaries numbered 1..N in order and inside their section's range, sections
 * non-overlapping, and ids unique across arguments and across all claims, facts and counterpoints.
 * Returns the problems found (empty when the map is consistent).
 */
export function checkArgumentMap(map: MapShape): MapProblem[] {
  const problems: MapProblem[] = [];
  const { paragraphCount, sections, paragraphs } = map.source;
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  sections.forEach((s, i) => {
    if (s.first > s.last || s.last > paragraphCount) {
      problems.push({ message: `section "${s.id}" spans ${s.first}..${s.last}, outside 1..${paragraphCount}`, path: ['source', 'sections', i] });
    }
    const prev = sections[i - 1];
    if (prev && s.first <= prev.last) problems.push({ message: `section "${s.id}" overlaps "${prev.id}"`, path: ['source', 'sections', i, 'first'] });
  });
  if (paragraphs.length !== paragraphCount) {
    problems.push({ message: `expected ${paragraphCount} paragraph summaries, found ${paragraphs.length}`, path: ['source', 'paragraphs'] });
  }
  paragraphs.forEach((p, i) => {
    if (p.n !== i + 1) problems.push({ message: `paragraph ${i + 1} is numbered ${p.n}`, path: ['source', 'paragraphs', i, 'n'] });
    const section = sectionById.get(p.section);
    if (!section) problems.push({ message: `unknown section "${p.section}"`, path: ['source', 'paragraphs', i, 'section'] });
    else if (p.n < section.first || p.n > section.last) {
      problems.push({ message: `paragraph ${p.n} lies outside section "${p.section}" (${section.first}..${section.last})`, path: ['source', 'paragraphs', i, 'section'] });
    }
  });

  const argumentIds = new Set<string>();
  const itemIds = new Set<string>();
  map.arguments.forEach((argument, a) => {
    if (argumentIds.has(argument.id)) problems.push({ message: `duplicate argument id "${argument.id}"`, path: ['arguments', a, 'id'] });
    argumentIds.add(argument.id);
    for (const kind of ['claims', 'facts', 'counterpoints'] as const) {
      argument[kind].forEach((item, i) => {
        if (itemIds.has(item.id)) problems.push({ message: `duplicate id "${item.id}"`, path: ['arguments', a, kind, i, 'id'] });
        itemIds.add(item.id);
        item.paragraphs.forEach((n, j) => {
          if (n > paragraphCount) {
            problems.push({ message: `paragraph ${n} is beyond the source's ${paragraphCount} body paragraphs`, path: ['arguments', a, kind, i, 'paragraphs', j] });
          }
        });
      });
    }
  });
  return problems;
}
