import type { SlideOf } from '../../deck';
import { renderInline } from '../inlineMarkdown';
import { slideTitleHtml } from '../slideTitle';

/**
 * Table: header cells (`columns`), body rows and an optional caption. Rows shorter than the header are padded with
 * empty cells; longer rows keep their extra cells (nothing the user typed is dropped).
 */
export function tableLayoutHtml(slide: SlideOf<'table'>): string {
  const width = Math.max(slide.columns.length, ...slide.rows.map((r) => r.length), 0);
  const pad = (cells: readonly string[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
  const head = slide.columns.length > 0 ? `<thead><tr>${pad(slide.columns).map((c) => `<th scope="col">${renderInline(c)}</th>`).join('')}</tr></thead>` : '';
  const body = `<tbody>${slide.rows.map((row) => `<tr>${pad(row).map((c) => `<td>${renderInline(c)}</td>`).join('')}</tr>`).join('')}</tbody>`;
  const caption = slide.caption.trim() !== '' ? `<caption>${renderInline(slide.caption)}</caption>` : '';
  return `${slideTitleHtml(slide)}<div class="bd-body"><table class="bd-table">${caption}${head}${body}</table></div>`;
}
