import type { ClipboardEvent } from 'react';
import { updateSlide } from '../../../src-shared/commands';
import { addChartRow, addChartSeries, pasteChartBlock, removeChartRow, removeChartSeries, setChartCell, type ChartTableValue } from '../../../src-shared/commands/chartTableEdits';
import { CHART_TYPES, MAX_CHART_CELL, MAX_CHART_ROWS, MAX_CHART_SERIES, chartTableIssues, describeChartIssue, type ChartType } from '../../../src-shared/deck';
import { SelectField } from '../fields/SelectField';
import { FigureTextFields } from '../fields/FigureTextFields';
import { TextField } from '../fields/TextField';
import { useTextDirection } from '../fields/TextDirection';
import { fieldKey, type SlideFormProps } from '../SlideFormProps';

const TYPE_NAMES: Record<ChartType, string> = { bar: 'Bar', line: 'Line', 'stacked-bar': 'Stacked bar' };
const TYPE_OPTIONS = CHART_TYPES.map((t) => ({ value: t, label: TYPE_NAMES[t] }));

/**
 * The chart layout: the chart type, the data table (a header row with the category heading and the series names,
 * then a row per category) where cells are typed, or a block copied from a spreadsheet is pasted (tab- or
 * comma-separated lines become rows, from the cell pasted into), rows and series added and removed; a value cell
 * that is not a number is marked invalid and listed under the table (the chart draws it as no value). Then the value
 * axis label, the alt text and the source line.
 */
export function ChartForm({ slide, onCommand }: SlideFormProps<'chart'>) {
  const dir = useTextDirection();
  const slideId = slide.id;
  const width = Math.max(2, slide.columns.length, ...slide.rows.map((r) => r.length));
  const cols = Array.from({ length: width }, (_, c) => c);
  const issues = chartTableIssues(slide);
  const invalid = new Set(issues.map((i) => `${i.row}.${i.column}`));
  const apply = (table: ChartTableValue, mergeField?: string) =>
    onCommand(updateSlide, { id: slideId, patch: { columns: table.columns, rows: table.rows } }, mergeField ? { mergeKey: fieldKey(slideId, mergeField) } : undefined);
  const onPaste = (row: number | 'header', column: number) => (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain');
    // One line with no tab is a plain paste into the cell; a block of lines or tab-separated cells fills the table.
    if (!/[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''))) return;
    e.preventDefault();
    apply(pasteChartBlock(slide, row, column, text));
  };
  const cell = (row: number | 'header', column: number, value: string, label: string) => {
    const bad = row !== 'header' && invalid.has(`${row}.${column}`);
    return (
      <input
        type="text"
        dir={row !== 'header' && column > 0 ? 'ltr' : dir}
        inputMode={row !== 'header' && column > 0 ? 'decimal' : undefined}
        aria-label={label}
        aria-invalid={bad ? true : undefined}
        className={bad ? 'bd-cell-invalid' : undefined}
        data-field={row === 'header' ? `columns[${column}]` : `rows[${row}][${column}]`}
        value={value}
        maxLength={MAX_CHART_CELL}
        onPaste={onPaste(row, column)}
        onChange={(e) => apply(setChartCell(slide, row, column, e.target.value), `chart.${row}.${column}`)}
      />
    );
  };
  return (
    <section className="bd-section" aria-label="Chart">
      <h3>Chart</h3>
      <SelectField
        label="Chart type"
        name="chartType"
        value={slide.chartType}
        options={TYPE_OPTIONS}
        onChange={(v) => onCommand(updateSlide, { id: slideId, patch: { chartType: v as ChartType } })}
      />
      <p className="bd-muted">Type the table, or paste cells copied from a spreadsheet. The first column names the categories; each other column is a series of numbers.</p>
      <table className="bd-table-grid" dir={dir} aria-label="Chart data">
        <thead>
          <tr>
            {cols.map((c) => (
              <td key={c} className="bd-head-cell">
                {cell('header', c, slide.columns[c] ?? '', c === 0 ? 'Category heading' : `Name of series ${c}`)}
              </td>
            ))}
            <td aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {slide.rows.map((row, r) => (
            <tr key={r}>
              {cols.map((c) => (
                <td key={c}>{cell(r, c, row[c] ?? '', c === 0 ? `Category of row ${r + 1}` : `Row ${r + 1}, series ${c}`)}</td>
              ))}
              <td>
                <button type="button" className="bd-btn bd-btn-icon bd-btn-danger" aria-label={`Remove row ${r + 1}`} title="Remove row" onClick={() => apply(removeChartRow(slide, r))}>
                  ×
                </button>
              </td>
            </tr>
          ))}
          <tr>
            {cols.map((c) => (
              <td key={c}>
                {c > 0 ? (
                  <button type="button" className="bd-btn bd-btn-icon bd-btn-danger" aria-label={`Remove series ${c}`} title="Remove series" disabled={width <= 2} onClick={() => apply(removeChartSeries(slide, c))}>
                    ×
                  </button>
                ) : null}
              </td>
            ))}
            <td />
          </tr>
        </tbody>
      </table>
      {issues.length > 0 ? (
        <ul className="bd-field-errors" role="status" aria-label="Cells that are not numbers">
          {issues.map((i) => (
            <li key={`${i.row}.${i.column}`}>{describeChartIssue(slide, i)}</li>
          ))}
        </ul>
      ) : null}
      <div className="bd-row">
        <button type="button" className="bd-btn" disabled={slide.rows.length >= MAX_CHART_ROWS} onClick={() => apply(addChartRow(slide))}>
          + Add row
        </button>
        <button type="button" className="bd-btn" disabled={width > MAX_CHART_SERIES} onClick={() => apply(addChartSeries(slide))}>
          + Add series
        </button>
      </div>
      <TextField
        label="Value axis label (with its unit)"
        name="axisLabel"
        field="axisLabel"
        placeholder="Trade, USD bn"
        value={slide.axisLabel}
        onChange={(axisLabel) => onCommand(updateSlide, { id: slideId, patch: { axisLabel } }, { mergeKey: fieldKey(slideId, 'axisLabel') })}
      />
      <FigureTextFields slide={slide} onCommand={onCommand} what="chart" sourcePlaceholder="Source: …" />
    </section>
  );
}
