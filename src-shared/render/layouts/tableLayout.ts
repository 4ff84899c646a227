import type { SlideOf } from '../../deck';
import { fieldAttr } from '../markup/fieldPaths';
import { renderInline } from '../markup/inlineMarkdown';
import type { RenderContext } from '../markup/renderContext';
import { portionHtml, statementLeadHtml } from '../markup/statementHtml';
import { knownKind } from '../markup/statementText';
import { slideTitleHtml } from '../markup/slideTitle';
import { columnShares } from '../../deck/tableColumns';

/**
 * Table: header cells (`columns`), body rows and an optional caption. Rows shorter than the header are padded with
 * empty cells; longer rows keep their extra cells (nothing the user typed is dropped). A row with a kind
 * (`rowKinds[i]`) has its kind label at the start of its first cell; the table's portion mark (`bodyPortionMarking`,
 * one mark for the whole table) starts the caption, which then exists even when the caption text is empty. Column
 * widths set on the slide (`columnWidths`) fix the columns' shares of the table; else the text sizes them.
 */
export function tableLayoutHtml(slide: SlideOf<'table'>, ctx: RenderContext): string {
  const width = Math.max(slide.columns.length, ...slide.rows.map((r) => r.length), 0);
  const pad = (cells: readonly string[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
  const head = slide.columns.length > 0 ? `<thead><tr>${pad(slide.columns).map((c, j) => `<th scope="col"${fieldAttr(ctx, `columns.${j}`)}>${renderInline(c)}</th>`).join('')}</tr></thead>` : '';
  const rowHtml = (row: readonly string[], i: number) => {
    const kind = knownKind(slide.rowKinds?.[i]);
    const lead = kind ? statementLeadHtml({ kind }, ctx) : '';
    const cells = pad(row).map((c, j) => `<td${fieldAttr(ctx, `rows.${i}.${j}`)}>${j === 0 ? lead : ''}${renderInline(c)}</td>`).join('');
    return `<tr${kind ? ` class="bd-stmt-${kind}"` : ''}>${cells}</tr>`;
  };
  const body = `<tbody>${slide.rows.map(rowHtml).join('')}</tbody>`;
  const mark = portionHtml(slide.bodyPortionMarking);
  const caption = slide.caption.trim() !== '' || mark !== '' ? `<caption${fieldAttr(ctx, 'caption')}>${mark}${renderInline(slide.caption)}</caption>` : '';
  // Set widths go in as <col width> attributes (no style attribute: the exports' CSP allows no inline style).
  const shares = columnShares(slide.columnWidths, width);
  const cols = shares ? `<colgroup>${shares.map((f) => `<col width="${(f * 100).toFixed(2)}%">`).join('')}</colgroup>` : '';
  return `${slideTitleHtml(slide)}<div class="bd-body"><table class="bd-table${shares ? ' bd-fixed-cols' : ''}">${caption}${cols}${head}${body}</table></div>`;
}
