import { createHash } from 'node:crypto';
import type * as PdfLib from 'pdf-lib';
import type { PDFDocument, PDFObject, PDFRef } from 'pdf-lib';

const KEEP_TYPES = new Set(['Catalog', 'Pages', 'Page', 'Outlines', 'StructTreeRoot', 'StructElem']);

function keyOf(lib: typeof PdfLib, obj: PDFObject): string | undefined {
  const { PDFDict, PDFName, PDFRawStream } = lib;
  if (obj instanceof PDFRawStream) {
    return `S${obj.dict.toString()}#${createHash('sha256').update(obj.contents).digest('base64')}`;
  }
  if (obj instanceof PDFDict) {
    const type = obj.get(PDFName.of('Type'));
    if (type instanceof PDFName && KEEP_TYPES.has(type.decodeText())) return undefined;
    return `D${obj.toString()}`;
  }
  return undefined;
}

function rewrite(lib: typeof PdfLib, obj: PDFObject, replace: Map<PDFRef, PDFRef>): void {
  const { PDFArray, PDFDict, PDFRawStream, PDFRef } = lib;
  if (obj instanceof PDFRawStream) return rewrite(lib, obj.dict, replace);
  if (obj instanceof PDFDict) {
    for (const [k, v] of obj.entries()) {
      if (v instanceof PDFRef) {
        const to = replace.get(v);
        if (to) obj.set(k, to);
      } else rewrite(lib, v, replace);
    }
  } else if (obj instanceof PDFArray) {
    for (let i = 0; i < obj.size(); i++) {
      const v = obj.get(i);
      if (v instanceof PDFRef) {
        const to = replace.get(v);
        if (to) obj.set(i, to);
      } else rewrite(lib, v, replace);
    }
  }
}

/**
 * Merges identical objects of a merged PDF: streams with the same dictionary and the same bytes (an image or font
 * file printed in two chunks) and dictionaries that become identical once their references are merged (font
 * descriptors, font dictionaries), repeated until nothing changes (at most `maxPasses`). Pages, the page tree, the
 * catalog and structure elements are never merged. Returns how many objects were removed.
 */
export function dedupeObjects(lib: typeof PdfLib, doc: PDFDocument, maxPasses = 4): number {
  let removed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const canonical = new Map<string, PDFRef>();
    const replace = new Map<PDFRef, PDFRef>();
    for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
      const key = keyOf(lib, obj);
      if (key === undefined) continue;
      const first = canonical.get(key);
      if (first) replace.set(ref, first);
      else canonical.set(key, ref);
    }
    if (replace.size === 0) break;
    for (const [, obj] of doc.context.enumerateIndirectObjects()) rewrite(lib, obj, replace);
    rewrite(lib, doc.context.trailerInfo.Root as PDFObject, replace);
    for (const ref of replace.keys()) doc.context.delete(ref);
    removed += replace.size;
  }
  return removed;
}
