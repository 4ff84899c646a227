import type { StatementKind } from '../deck';
import { defineCommand } from './command';
import { updateSlideOfLayout } from './slideAccess';

/**
 * Sets the statement kind of table body row `index` (`undefined` clears it). `rowKinds` is kept as long as the rows
 * it describes, with null for rows that have no kind, and is dropped when no row has one (deck format 2,
 * TableSlideSchema.rowKinds). Out-of-range rows and non-table slides change nothing (the input deck is returned).
 */
export const setRowKind = defineCommand<{ slideId: string; index: number; kind: StatementKind | undefined }>({
  name: 'setRowKind',
  label: 'Set row kind',
  perform(deck, { slideId, index, kind }) {
    return updateSlideOfLayout(deck, slideId, ['table'], (s) => {
      if (!Number.isInteger(index) || index < 0 || index >= s.rows.length) return s;
      if ((s.rowKinds?.[index] ?? undefined) === kind) return s;
      const kinds = s.rows.map((_, i) => (i === index ? (kind ?? null) : (s.rowKinds?.[i] ?? null)));
      const { rowKinds: _old, ...rest } = s;
      return kinds.some((k) => k !== null) ? { ...rest, rowKinds: kinds } : rest;
    });
  },
});
