import { defineCommand } from './command';
import { replaceAt, updateSlideOfLayout } from './slideAccess';

export interface SetCellArgs {
  slideId: string;
  /** Body row (0-based), or 'header' for the header row. */
  row: number | 'header';
  column: number;
  text: string;
}

/** Sets one table cell's text. A column past the end of a short row pads the row with empty cells. */
export const setCell = defineCommand<SetCellArgs>({
  name: 'setCell',
  label: 'Edit cell',
  perform(deck, { slideId, row, column, text }) {
    const setIn = (cells: readonly string[]): readonly string[] => {
      if (!Number.isInteger(column) || column < 0 || column >= 20) return cells;
      if (cells[column] === text) return cells;
      const padded = cells.length > column ? cells.slice() : [...cells, ...Array<string>(column + 1 - cells.length).fill('')];
      padded[column] = text;
      return padded;
    };
    return updateSlideOfLayout(deck, slideId, ['table'], (s) => {
      if (row === 'header') {
        const columns = setIn(s.columns);
        return columns === s.columns ? s : { ...s, columns: [...columns] };
      }
      const rows = replaceAt(s.rows, row, (r) => setIn(r) as string[]);
      return rows === s.rows ? s : { ...s, rows: [...rows] };
    });
  },
});
