import type * as PdfLib from 'pdf-lib';
import type { PDFArray, PDFDocument, PDFObject } from 'pdf-lib';

/**
 * The named destinations of one printed chunk (ISO 32000-1, 12.3.2.3): the catalog's /Dests dictionary (what
 * Chromium writes: `/slide-s-bluf [12 0 R /XYZ 0 540 0]`) and the /Names /Dests name tree (what other writers use),
 * as name → destination array (first element: the page reference in `doc`). A destination given as a dictionary
 * (`<< /D [...] >>`) is read through its /D. Names with no usable array are left out.
 */
export function namedDestinations(lib: typeof PdfLib, doc: PDFDocument): Map<string, PDFArray> {
  const { PDFArray, PDFDict, PDFName, PDFString, PDFHexString } = lib;
  const out = new Map<string, PDFArray>();
  const asArray = (value: PDFObject | undefined): PDFArray | undefined => {
    const v = value ? doc.context.lookup(value) : undefined;
    if (v instanceof PDFArray) return v;
    if (v instanceof PDFDict) return v.lookupMaybe(PDFName.of('D'), PDFArray);
    return undefined;
  };
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [key, value] of dests?.entries() ?? []) {
    const dest = asArray(value);
    if (dest) out.set(key.decodeText(), dest);
  }
  const walk = (node: PdfLib.PDFDict | undefined, depth: number) => {
    if (!node || depth > 32) return;
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; names && i + 1 < names.size(); i += 2) {
      const key = names.lookup(i);
      const dest = asArray(names.get(i + 1));
      if ((key instanceof PDFString || key instanceof PDFHexString) && dest && !out.has(key.decodeText())) out.set(key.decodeText(), dest);
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) walk(kids.lookupMaybe(i, PDFDict), depth + 1);
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict), 0);
  return out;
}

/**
 * Gives every explicit in-document jump of `doc`'s link annotations (`/Dest [pageRef …]`, or a GoTo action's
 * `/D [pageRef …]`) a name of its own (`prefix` + page index + link number), added to `names`, and makes the link
 * use that name. A page reference inside an annotation would otherwise be copied by the merge as a second, orphan
 * copy of the page; a name is remapped with the others. Links to a page that is not in `doc` are left as they are.
 */
export function nameExplicitDestinations(lib: typeof PdfLib, doc: PDFDocument, prefix: string, names: Map<string, PDFArray>): void {
  const { PDFArray, PDFDict, PDFName, PDFRef } = lib;
  const pageRefs = new Set(doc.getPages().map((p) => p.ref));
  doc.getPages().forEach((page, pageIndex) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict);
      if (!annot || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const holder = annot.has(PDFName.of('Dest')) ? annot : action?.get(PDFName.of('S')) === PDFName.of('GoTo') ? action : undefined;
      const key = PDFName.of(holder === annot ? 'Dest' : 'D');
      const raw = holder?.get(key);
      const dest = raw ? doc.context.lookup(raw) : undefined;
      if (!holder || !(dest instanceof PDFArray) || !(dest.get(0) instanceof PDFRef) || !pageRefs.has(dest.get(0) as PdfLib.PDFRef)) continue;
      const name = `${prefix}${pageIndex}-${i}`;
      names.set(name, dest);
      holder.set(key, PDFName.of(name));
    }
  });
}
