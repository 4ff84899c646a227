import { STATEMENT_KINDS, type StatementKind } from '../deck';
import type { Attributes } from './attributeComments';
import type { WarnFn } from './blockText';
import { escapeLine, unescapeBlockText } from './markdownEscape';
import { statementLead } from './statementMarkdown';

/** The slide fields that show the body portion mark at their start (one per layout that has one). */
const BODY_FIELDS = ['subtitle', 'bluf', 'caption', 'quote'] as const;

/**
 * Puts back what the slide comment carries for marking and table rows, and takes off what export showed for them:
 * `data-body-portion-marking` (the mark written at the start of the subtitle, BLUF sentence, caption or quote) and
 * `data-row-kinds` (comma-separated kinds by row, empty for none; the label written at the start of each such row's
 * first cell), and `data-column-widths` (a table's column widths in percent, comma-separated). Changes `slide` in place; unknown kinds are reported and dropped.
 */
export function applySlideMarks(slide: Record<string, unknown>, attrs: Attributes, language: string, warn: WarnFn): void {
  const mark = attrs['data-body-portion-marking'];
  if (mark) {
    slide.bodyPortionMarking = mark;
    const shown = mark.trim();
    for (const field of BODY_FIELDS) {
      const value = slide[field];
      if (typeof value !== 'string') continue;
      if (value === shown) slide[field] = '';
      else if (value.startsWith(`${shown} `)) slide[field] = value.slice(shown.length + 1);
    }
  }
  const rowKinds = attrs['data-row-kinds'];
  if (rowKinds !== undefined && slide.layout === 'table') {
    const kinds = rowKinds.split(',').map((k): StatementKind | null => {
      if (k === '') return null;
      if ((STATEMENT_KINDS as readonly string[]).includes(k)) return k as StatementKind;
      warn(`row kind "${k.slice(0, 40)}" is not reporting, judgment, assumption or indicator and was dropped`);
      return null;
    });
    slide.rowKinds = kinds;
    const rows = Array.isArray(slide.rows) ? (slide.rows as string[][]) : [];
    kinds.forEach((kind, i) => {
      const lead = kind ? unescapeBlockText(escapeLine(statementLead({ kind }, language))) : '';
      const first = rows[i]?.[0];
      if (lead !== '' && typeof first === 'string' && first.startsWith(lead)) rows[i][0] = first.slice(lead.length);
    });
  }
  const widths = attrs['data-column-widths'];
  if (widths !== undefined && slide.layout === 'table') {
    const parsed = widths.split(',').map((w) => (/^\d{1,3}$/.test(w.trim()) ? Number(w) : Number.NaN));
    if (parsed.length <= 20 && parsed.every((w) => w >= 1 && w <= 100)) slide.columnWidths = parsed;
    else warn(`column widths "${widths.slice(0, 60)}" are not whole percentages from 1 to 100 and were dropped`);
  }
  const picture = attrs['data-background-portion-marking'];
  if (picture && slide.background && typeof slide.background === 'object') (slide.background as Record<string, unknown>).portionMarking = picture;
}
