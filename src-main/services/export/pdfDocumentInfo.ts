/**
 * Sets a PDF's document information dictionary (Title, Author, Subject, Keywords, Creator, Producer) by appending
 * an incremental update (ISO 32000-1, 7.5.6): a new Info object, a one-entry cross-reference section and a trailer
 * with `/Prev` pointing at the previous one. The original bytes are kept as they are, so this costs microseconds
 * instead of a full parse and rewrite (pdf-lib), whatever the deck size.
 * Works on PDFs with a classic `xref` table (Chromium/Skia writes one). Throws Error when the PDF has no readable
 * trailer (e.g. cross-reference streams), so the caller can fall back to pdf-lib.
 */
export interface PdfDocumentInfo {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
}

/** A PDF text string: UTF-16BE with BOM, hex-encoded (safe for any Unicode text, no escaping pitfalls). */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');
}

export function setPdfDocumentInfo(pdf: Uint8Array, info: PdfDocumentInfo): Uint8Array {
  const tail = latin1(pdf, Math.max(0, pdf.length - 4096), pdf.length);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailers = [...tail.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)];
  const trailer = trailers.at(-1)?.[1];
  const size = trailer && /\/Size\s+(\d+)/.exec(trailer);
  const root = trailer && /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  if (!startxref || !size || !root) throw new Error('PDF has no classic trailer; cannot append document info');
  const id = trailer ? /\/ID\s*(\[[^\]]*\])/.exec(trailer) : null;
  const objectNumber = Number(size[1]);
  const fields: [string, string | undefined][] = [
    ['Title', info.title], ['Author', info.author], ['Subject', info.subject], ['Keywords', info.keywords],
    ['Creator', info.creator], ['Producer', info.producer],
  ];
  const now = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const dict = fields.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `/${k} ${pdfTextString(v as string)}`).join('\n');
  const separator = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const objectOffset = pdf.length + separator.length;
  const object = `${objectNumber} 0 obj\n<<${dict}\n/CreationDate (D:${now}Z)\n/ModDate (D:${now}Z)>>\nendobj\n`;
  const xrefOffset = objectOffset + Buffer.byteLength(object, 'latin1');
  const xref =
    `xref\n0 1\n0000000000 65535 f \n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${objectNumber + 1} /Root ${root[1]} /Info ${objectNumber} 0 R /Prev ${startxref[1]}${id ? ` /ID ${id[1]}` : ''}>>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  const appended = Buffer.from(separator + object + xref, 'latin1');
  const out = new Uint8Array(pdf.length + appended.length);
  out.set(pdf, 0);
  out.set(appended, pdf.length);
  return out;
}
