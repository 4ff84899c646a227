import { appendUpdate, pageRefs, readObjectDict, readPdfTail } from './pdfIncrementalUpdate';

/**
 * Sets a PDF's document information (Title, Author, Subject, Keywords, Creator, Producer) and, optionally, its
 * outline (bookmarks), by appending ONE incremental update (ISO 32000-1, 7.5.6): the original bytes are kept as
 * they are, so this costs milliseconds instead of a full parse and rewrite with pdf-lib (measured on a 200-page,
 * 1.8 MB Chromium PDF: 2–20 ms vs 1.4–5.3 s for pdf-lib load + save, on a loaded 2-core machine). It also spares
 * Chromium's tagged-PDF pass, which its own outline needs (`page.pdf({ outline, tagged })`: page.pdf 2–3× slower and
 * the file twice as big).
 * Works on PDFs with a classic `xref` table (Chromium/Skia's output). Throws Error otherwise.
 */
export interface PdfDocumentInfo {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
}

/** One bookmark: its text and the 0-based index of the page it opens. */
export interface PdfOutlineEntry {
  title: string;
  pageIndex: number;
}

/** A PDF text string: UTF-16BE with BOM, hex-encoded (safe for any Unicode text, no escaping pitfalls). */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(date: Date): string {
  return `(D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;
}

/**
 * Returns a copy of `pdf` with the document info set and, when `outline` is given, a flat outline (one entry per
 * item, in order; entries pointing past the last page are dropped) shown when the file opens (/PageMode /UseOutlines).
 */
export function setPdfDocumentInfo(pdf: Uint8Array, info: PdfDocumentInfo, outline?: readonly PdfOutlineEntry[]): Uint8Array {
  const tail = readPdfTail(pdf);
  const objects: [number, string][] = [];
  let next = tail.size;
  const fields: [string, string | undefined][] = [
    ['Title', info.title], ['Author', info.author], ['Subject', info.subject], ['Keywords', info.keywords],
    ['Creator', info.creator], ['Producer', info.producer],
  ];
  const now = pdfDate(new Date());
  const dict = fields.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `/${k} ${pdfTextString(v as string)}`).join('\n');
  const infoNumber = next++;
  objects.push([infoNumber, `<<${dict}\n/CreationDate ${now}\n/ModDate ${now}>>`]);
  if (outline && outline.length > 0) {
    const pages = pageRefs(pdf, tail);
    const entries = outline.filter((e) => e.pageIndex >= 0 && e.pageIndex < pages.length);
    if (entries.length > 0) {
      const rootNumber = next++;
      const first = next;
      entries.forEach((e, i) => {
        const n = first + i;
        const links = `${i > 0 ? ` /Prev ${n - 1} 0 R` : ''}${i < entries.length - 1 ? ` /Next ${n + 1} 0 R` : ''}`;
        objects.push([n, `<</Title ${pdfTextString(e.title)} /Parent ${rootNumber} 0 R${links} /Dest [${pages[e.pageIndex]} /Fit]>>`]);
      });
      objects.push([rootNumber, `<</Type /Outlines /First ${first} 0 R /Last ${first + entries.length - 1} 0 R /Count ${entries.length}>>`]);
      const catalog = readObjectDict(pdf, tail, tail.rootNumber)
        .replace(/\/Outlines\s+\d+\s+\d+\s+R/, '')
        .replace(/\/PageMode\s*\/\w+/, '')
        .replace(/>>\s*$/, `\n/Outlines ${rootNumber} 0 R\n/PageMode /UseOutlines>>`);
      objects.push([tail.rootNumber, catalog]);
    }
  }
  return appendUpdate(pdf, tail, objects, infoNumber);
}
