import type { CitationTarget } from '../../src-shared/commands';

/** A statement's field path as the slide editor writes it in `data-field`, with any sub-field after it. */
const STATEMENT_FIELD = /^(bullets|left\.bullets|right\.bullets|judgments|entries)\[(\d+)\](?:\.|$)/;

/**
 * The statement a slide editor field belongs to, from its `data-field`: "bullets[2]" and "bullets[2].kind" are
 * bullet 3, "left.bullets[0]" the first bullet of the left column, "judgments[1]" key judgment 2, "entries[0].date"
 * timeline entry 1. Any other field (the title, the BLUF sentence, a table cell, a portion marking of the slide)
 * gives null: it is not a statement that carries citations.
 */
export function statementOfField(field: string | null | undefined): CitationTarget | null {
  const m = field ? STATEMENT_FIELD.exec(field) : null;
  if (!m) return null;
  const index = Number(m[2]);
  switch (m[1]) {
    case 'bullets':
      return { kind: 'bullet', list: 'bullets', index };
    case 'left.bullets':
      return { kind: 'bullet', list: 'left', index };
    case 'right.bullets':
      return { kind: 'bullet', list: 'right', index };
    case 'judgments':
      return { kind: 'judgment', index };
    default:
      return { kind: 'entry', index };
  }
}

/** The `data-field` of a statement's own text input: "bullets[2]", "right.bullets[0]", "judgments[1]", "entries[0]". */
export function fieldOfStatement(target: CitationTarget): string | null {
  if (target.kind === 'slide') return null;
  if (target.kind === 'judgment') return `judgments[${target.index}]`;
  if (target.kind === 'entry') return `entries[${target.index}]`;
  const list = target.list ?? 'bullets';
  return `${list === 'bullets' ? '' : `${list}.`}bullets[${target.index}]`;
}

/** How a message names a statement: "bullet 3", "left column bullet 1", "key judgment 2", "entry 1", "the slide". */
export function statementName(target: CitationTarget): string {
  if (target.kind === 'slide') return 'the slide';
  const n = target.index + 1;
  if (target.kind === 'judgment') return `key judgment ${n}`;
  if (target.kind === 'entry') return `entry ${n}`;
  return target.list && target.list !== 'bullets' ? `${target.list} column bullet ${n}` : `bullet ${n}`;
}
