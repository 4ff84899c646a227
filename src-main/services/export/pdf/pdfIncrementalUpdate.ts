/**
 * Reading just enough of a PDF to append an incremental update (ISO 32000-1, 7.5.6): the last trailer, the classic
 * cross-reference table, and objects by number (catalog, page tree). Chromium/Skia writes PDF 1.4 with a classic
 * `xref` table and no object streams, which is all this supports; anything else throws Error so callers can fall
 * back to pdf-lib.
 */
export interface PdfTail {
  /** The next free object number (trailer /Size). */
  size: number;
  /** The catalog reference, e.g. "89 0 R", and its object number. */
  root: string;
  rootNumber: number;
  /** Byte offset of the last cross-reference section (for /Prev). */
  startxref: number;
  /** The trailer's /ID array text, kept in the new trailer. */
  id: string | undefined;
  /** Byte offset of each in-use object (latest generation), from every xref section. */
  offsets: Map<number, number>;
}

function latin1(pdf: Uint8Array, from: number, to: number): string {
  return Buffer.from(pdf.buffer, pdf.byteOffset + from, Math.max(0, Math.min(pdf.length, to) - from)).toString('latin1');
}

/** Parses the trailer and xref sections (following /Prev). Throws Error for PDFs without a classic trailer. */
export function readPdfTail(pdf: Uint8Array): PdfTail {
  const tail = latin1(pdf, Math.max(0, pdf.length - 4096), pdf.length);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailer = [...tail.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)].at(-1)?.[1];
  const size = trailer && /\/Size\s+(\d+)/.exec(trailer);
  const root = trailer && /\/Root\s+((\d+)\s+\d+\s+R)/.exec(trailer);
  if (!startxref || !trailer || !size || !root) throw new Error('PDF has no classic trailer; cannot append an update');
  const offsets = new Map<number, number>();
  const seen = new Set<number>();
  for (let at: number | undefined = Number(startxref[1]); at !== undefined && !seen.has(at); ) {
    seen.add(at);
    const section = latin1(pdf, at, at + 64);
    if (!section.startsWith('xref')) throw new Error('PDF uses a cross-reference stream; cannot append an update');
    let pos = at + 4;
    const text = latin1(pdf, pos, pdf.length);
    const re = /\s*(\d+)\s+(\d+)\s*\r?\n/y;
    let cursor = 0;
    for (;;) {
      re.lastIndex = cursor;
      const head = re.exec(text);
      if (!head) break;
      const first = Number(head[1]);
      const count = Number(head[2]);
      cursor = re.lastIndex;
      for (let i = 0; i < count; i++) {
        const entry = text.slice(cursor, cursor + 20);
        if (entry[17] === 'n' && !offsets.has(first + i)) offsets.set(first + i, Number(entry.slice(0, 10)));
        cursor += 20;
      }
    }
    pos += cursor;
    const prev = /^\s*trailer\s*<<[\s\S]*?\/Prev\s+(\d+)/.exec(latin1(pdf, pos, pos + 2048));
    at = prev ? Number(prev[1]) : undefined;
  }
  return { size: Number(size[1]), root: root[1], rootNumber: Number(root[2]), startxref: Number(startxref[1]), id: /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1], offsets };
}

/** The dictionary text (`<<…>>`) of a non-stream object. Throws Error when the object is missing. */
export function readObjectDict(pdf: Uint8Array, tail: PdfTail, objectNumber: number): string {
  const at = tail.offsets.get(objectNumber);
  if (at === undefined) throw new Error(`PDF object ${objectNumber} not found`);
  const text = latin1(pdf, at, at + 1_000_000);
  const body = /^\s*\d+\s+\d+\s+obj\s*([\s\S]*?)\s*endobj/.exec(text);
  if (!body) throw new Error(`PDF object ${objectNumber} is unreadable`);
  return body[1];
}

/** Page object references ("12 0 R") in page order, walking the page tree from the catalog. */
export function pageRefs(pdf: Uint8Array, tail: PdfTail): string[] {
  const catalog = readObjectDict(pdf, tail, tail.rootNumber);
  const pagesRoot = /\/Pages\s+(\d+)\s+\d+\s+R/.exec(catalog);
  if (!pagesRoot) throw new Error('PDF catalog has no page tree');
  const out: string[] = [];
  const walk = (n: number, depth: number) => {
    if (depth > 32) throw new Error('PDF page tree too deep');
    const dict = readObjectDict(pdf, tail, n);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict);
    if (/\/Type\s*\/Pages\b/.test(dict) && kids) {
      for (const m of kids[1].matchAll(/(\d+)\s+(\d+)\s+R/g)) walk(Number(m[1]), depth + 1);
    } else out.push(`${n} 0 R`);
  };
  walk(Number(pagesRoot[1]), 0);
  return out;
}

/**
 * Appends objects as one incremental update: each `[number, body]` becomes `number 0 obj body endobj` (a number that
 * already exists is redefined), then an xref section and a trailer with /Prev, /Root, /Info (if given) and /ID.
 */
export function appendUpdate(pdf: Uint8Array, tail: PdfTail, objects: [number, string][], info?: number): Uint8Array {
  const separator = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  let body = separator;
  const entries: [number, number][] = [];
  for (const [n, text] of objects) {
    entries.push([n, pdf.length + Buffer.byteLength(body, 'latin1')]);
    body += `${n} 0 obj\n${text}\nendobj\n`;
  }
  const xrefOffset = pdf.length + Buffer.byteLength(body, 'latin1');
  entries.sort((a, b) => a[0] - b[0]);
  let xref = 'xref\n0 1\n0000000000 65535 f \n';
  for (let i = 0; i < entries.length; ) {
    let j = i;
    while (j + 1 < entries.length && entries[j + 1][0] === entries[j][0] + 1) j++;
    xref += `${entries[i][0]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) xref += `${String(entries[k][1]).padStart(10, '0')} 00000 n \n`;
    i = j + 1;
  }
  const size = Math.max(tail.size, ...objects.map(([n]) => n + 1));
  const trailer = `trailer\n<</Size ${size} /Root ${tail.root}${info !== undefined ? ` /Info ${info} 0 R` : ''} /Prev ${tail.startxref}${tail.id ? ` /ID ${tail.id}` : ''}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const appended = Buffer.from(body + xref + trailer, 'latin1');
  const out = new Uint8Array(pdf.length + appended.length);
  out.set(pdf, 0);
  out.set(appended, pdf.length);
  return out;
}
