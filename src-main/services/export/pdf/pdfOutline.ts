import type * as PdfLib from 'pdf-lib';
import type { PDFDocument, PDFRef } from 'pdf-lib';

/** One outline (bookmark) entry: its title and the 0-based page it opens. */
export interface OutlineEntry {
  title: string;
  pageIndex: number;
}

/**
 * Writes a flat document outline (ISO 32000-1, 12.3.3: an /Outlines dictionary with /First, /Last, /Count and one
 * item per entry linked by /Prev, /Next, each with /Title and an /XYZ destination at the top of its page) into
 * `doc`, replacing any outline it had, and opens the PDF with the outline panel shown (/PageMode /UseOutlines).
 * Entries whose page does not exist are skipped.
 */
export function setPdfOutline(lib: typeof PdfLib, doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  const { PDFHexString, PDFName, PDFNull, PDFNumber } = lib;
  const pages = doc.getPages();
  const valid = entries.filter((e) => e.pageIndex >= 0 && e.pageIndex < pages.length);
  if (valid.length === 0) return;
  const ctx = doc.context;
  const root = ctx.nextRef();
  const refs: PDFRef[] = valid.map(() => ctx.nextRef());
  valid.forEach((entry, i) => {
    const page = pages[entry.pageIndex];
    const item = ctx.obj({});
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), root);
    item.set(PDFName.of('Dest'), ctx.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(page.getHeight()), PDFNull]));
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]);
    ctx.assign(refs[i], item);
  });
  const outlines = ctx.obj({});
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), refs[0]);
  outlines.set(PDFName.of('Last'), refs[refs.length - 1]);
  outlines.set(PDFName.of('Count'), PDFNumber.of(refs.length));
  ctx.assign(root, outlines);
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
