import type { DiffRun } from '../../src-shared/compare';

/** Props of {@link DiffRuns}. */
export interface DiffRunsProps {
  runs: readonly DiffRun[];
  /** Which side to show: the older text (deletions marked) or the newer (insertions marked). */
  side: 'before' | 'after';
}

/** One side of a word diff, inline: deleted words in `<del>` on the older side, inserted words in `<ins>` on the newer. */
export function DiffRuns({ runs, side }: DiffRunsProps) {
  return (
    <>
      {runs.map((r, i) =>
        r.op === 'equal' ? (
          <span key={i}>{r.text}</span>
        ) : r.op === 'delete' ? (
          side === 'before' ? <del key={i}>{r.text}</del> : null
        ) : side === 'after' ? (
          <ins key={i}>{r.text}</ins>
        ) : null,
      )}
    </>
  );
}
