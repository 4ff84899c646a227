import { addColumn, addRow, removeColumn, removeRow, setCell, setColumnWidths, setRowKind, updateSlide, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from '../../../src-shared/commands';
import { evenColumnWidths } from '../../../src-shared/deck/tableColumns';
import { NumberDraftField } from '../fields/NumberDraftField';
import type { StatementKind } from '../../../src-shared/deck';
import { SelectField } from '../fields/SelectField';
import { KIND_OPTIONS } from '../likelihoodOptions';
import { TextField } from '../fields/TextField';
import { useTextDirection } from '../fields/TextDirection';
import { fieldKey, type SlideFormProps } from '../SlideFormProps';

/**
 * The table layout: an editable grid (a header row and body rows), with buttons on the grid to insert a row below
 * any row and a column after any column and to remove each, each row's statement kind, the column widths (percent,
 * or automatic), and the caption, apart from the grid. Each cell input is labelled by its row and column ("Row 2, column 3").
 */
export function TableForm({ slide, onCommand }: SlideFormProps<'table'>) {
  const dir = useTextDirection();
  const slideId = slide.id;
  const width = Math.max(1, slide.columns.length, ...slide.rows.map((r) => r.length));
  const cols = Array.from({ length: width }, (_, c) => c);
  // The widths as set, one per column (a deck may hold fewer than there are columns: the rest share evenly).
  const widths = slide.columnWidths ? cols.map((c) => slide.columnWidths?.[c] ?? Math.round(100 / width)) : null;
  const cell = (row: number | 'header', column: number, value: string, label: string) => (
    <input
      type="text"
      dir={dir}
      aria-label={label}
      data-field={row === 'header' ? `columns[${column}]` : column === 0 ? `rows[${row}]` : `rows[${row}][${column}]`}
      value={value}
      maxLength={4000}
      onChange={(e) =>
        onCommand(setCell, { slideId, row, column, text: e.target.value }, { mergeKey: fieldKey(slideId, `cell.${row}.${column}`) })
      }
    />
  );
  return (
    <section className="bd-section" aria-label="Table">
      <h3>Table</h3>
      <table className="bd-table-grid" dir={dir}>
        <thead>
          <tr>
            {cols.map((c) => (
              <td key={c} className="bd-head-cell">
                {cell('header', c, slide.columns[c] ?? '', `Header, column ${c + 1}`)}
              </td>
            ))}
            <td className="bd-head-cell bd-muted">Kind</td>
            <td aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {slide.rows.map((row, r) => (
            <tr key={r}>
              {cols.map((c) => (
                <td key={c}>{cell(r, c, row[c] ?? '', `Row ${r + 1}, column ${c + 1}`)}</td>
              ))}
              <td>
                <SelectField
                  label={`Kind of row ${r + 1}`}
                  hideLabel
                  field={`rows[${r}].kind`}
                  value={slide.rowKinds?.[r] ?? ''}
                  options={KIND_OPTIONS}
                  onChange={(v) => onCommand(setRowKind, { slideId, index: r, kind: v === '' ? undefined : (v as StatementKind) })}
                />
              </td>
              <td className="bd-grid-tools">
                <button type="button" className="bd-btn bd-btn-icon" aria-label={`Insert row below row ${r + 1}`} title="Insert row below" disabled={slide.rows.length >= MAX_TABLE_ROWS} onClick={() => onCommand(addRow, { slideId, index: r + 1 })}>
                  +
                </button>
                <button type="button" className="bd-btn bd-btn-icon bd-btn-danger" aria-label={`Remove row ${r + 1}`} title="Remove row" onClick={() => onCommand(removeRow, { slideId, index: r })}>
                  ×
                </button>
              </td>
            </tr>
          ))}
          <tr>
            {cols.map((c) => (
              <td key={c} className="bd-grid-tools">
                <button type="button" className="bd-btn bd-btn-icon" aria-label={`Insert column after column ${c + 1}`} title="Insert column after" disabled={width >= MAX_TABLE_COLUMNS} onClick={() => onCommand(addColumn, { slideId, index: c + 1 })}>
                  +
                </button>
                <button type="button" className="bd-btn bd-btn-icon bd-btn-danger" aria-label={`Remove column ${c + 1}`} title="Remove column" disabled={width <= 1} onClick={() => onCommand(removeColumn, { slideId, index: c })}>
                  ×
                </button>
              </td>
            ))}
            <td />
            <td />
          </tr>
        </tbody>
      </table>
      <div className="bd-row">
        <button type="button" className="bd-btn" disabled={slide.rows.length >= MAX_TABLE_ROWS} onClick={() => onCommand(addRow, { slideId })}>
          + Add row
        </button>
        <button type="button" className="bd-btn" disabled={width >= MAX_TABLE_COLUMNS} onClick={() => onCommand(addColumn, { slideId })}>
          + Add column
        </button>
      </div>
      <fieldset className="bd-row bd-column-widths">
        <legend>Column widths (% of the table)</legend>
        {widths
          ? cols.map((c) => (
              <NumberDraftField
                key={c}
                label={`Width of column ${c + 1}`}
                field={`columnWidths[${c}]`}
                value={widths[c]}
                check={(n) => (Number.isInteger(n) && n >= 1 && n <= 100 ? null : 'a whole number from 1 to 100')}
                onCommit={(n) => onCommand(setColumnWidths, { slideId, widths: widths.map((w, i) => (i === c ? n : w)) })}
              />
            ))
          : null}
        <button type="button" className="bd-btn" onClick={() => onCommand(setColumnWidths, { slideId, widths: widths ? undefined : evenColumnWidths(width) })}>
          {widths ? 'Automatic widths' : 'Set widths'}
        </button>
      </fieldset>
      <TextField
        label="Caption"
        name="caption"
        field="caption"
        value={slide.caption}
        onChange={(caption) => onCommand(updateSlide, { id: slideId, patch: { caption } }, { mergeKey: fieldKey(slideId, 'caption') })}
      />
    </section>
  );
}
