import type * as PdfLib from 'pdf-lib';
import type { PDFDict, PDFDocument, PDFObject, PDFRef } from 'pdf-lib';

/** One printed chunk as the merge holds it: its document, the copier that copied it, and its copied page refs. */
export interface CopiedChunk {
  src: PDFDocument;
  copier: { copy<T extends PDFObject>(object: T): T };
  pages: PDFRef[];
}

/** The entries of a number tree (ISO 32000-1, 7.9.7: /Nums pairs, /Kids below), as [key, value] in key order. */
function numberTreeEntries(lib: typeof PdfLib, node: PDFDict | undefined, depth = 0): [number, PDFObject][] {
  const { PDFArray, PDFDict, PDFNumber } = lib;
  if (!node || depth > 32) return [];
  const out: [number, PDFObject][] = [];
  const nums = node.lookupMaybe(lib.PDFName.of('Nums'), PDFArray);
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
    const key = nums.lookup(i);
    if (key instanceof PDFNumber) out.push([key.asNumber(), nums.get(i + 1)]);
  }
  const kids = node.lookupMaybe(lib.PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) out.push(...numberTreeEntries(lib, kids.lookupMaybe(i, PDFDict), depth + 1));
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * Joins, chunk by chunk (`add` after copying a chunk's pages, `finish` once at the end), the structure trees (tags) of the printed chunks into one for the merged PDF (ISO 32000-1, 14.7): one
 * /Document element holding, in page order, the children of each chunk's /Document element (or the chunk's top
 * elements when it has none); one parent tree whose keys are each chunk's keys shifted past the previous chunks'
 * (and the pages' /StructParents and annotations' /StructParent shifted the same), the role and class maps joined,
 * /MarkInfo /Marked true and /Lang from the first chunk that has one. Each chunk's tree is copied with the copier
 * that copied its pages, so the elements' /Pg and marked-content references point at the merged pages. `finish`
 * returns false (and writes no tree) when a chunk had no structure tree: the merged PDF is then untagged.
 */
export function structTreeMerger(lib: typeof PdfLib, out: PDFDocument): { add(chunk: CopiedChunk): void; finish(): boolean } {
  const { PDFArray, PDFDict, PDFName, PDFNumber } = lib;
  const N = (name: string) => PDFName.of(name);
  const ctx = out.context;
  let tagged = true;
  const rootRef = ctx.nextRef();
  const documentRef = ctx.nextRef();
  const kids = ctx.obj([]);
  const nums = ctx.obj([]);
  const roleMap = ctx.obj({});
  const classMap = ctx.obj({});
  let lang: PDFObject | undefined;
  let offset = 0;
  const add = (chunk: CopiedChunk) => {
    const srcRoot = chunk.src.catalog.get(N('StructTreeRoot'));
    if (!tagged || !(srcRoot instanceof lib.PDFRef)) {
      tagged = false;
      return;
    }
    const copiedRootRef = chunk.copier.copy(srcRoot);
    const root = ctx.lookup(copiedRootRef, PDFDict);
    lang ??= chunk.src.catalog.get(N('Lang')) ? chunk.copier.copy(chunk.src.catalog.get(N('Lang')) as PDFObject) : undefined;
    for (const [map, key] of [[roleMap, 'RoleMap'], [classMap, 'ClassMap']] as const) {
      for (const [k, v] of root.lookupMaybe(N(key), PDFDict)?.entries() ?? []) if (!map.has(k)) map.set(k, v);
    }
    // The chunk's top elements; a /Document element is unwrapped so the merged PDF has one.
    const top = root.lookup(N('K'));
    const tops = top instanceof PDFArray ? top.asArray() : [root.get(N('K'))].filter((x): x is PDFObject => x !== undefined);
    for (const t of tops) {
      const elem = ctx.lookup(t);
      if (elem instanceof PDFDict && elem.get(N('S')) === N('Document')) {
        lang ??= elem.get(N('Lang'));
        const inner = elem.lookup(N('K'));
        for (const k of inner instanceof PDFArray ? inner.asArray() : [elem.get(N('K'))].filter((x): x is PDFObject => x !== undefined)) {
          const child = ctx.lookup(k);
          if (child instanceof PDFDict) child.set(N('P'), documentRef);
          kids.push(k);
        }
        if (t instanceof lib.PDFRef) ctx.delete(t); // the chunk's /Document element, replaced by the merged one
      } else {
        if (elem instanceof PDFDict) elem.set(N('P'), documentRef);
        kids.push(t);
      }
    }
    const entries = numberTreeEntries(lib, root.lookupMaybe(N('ParentTree'), PDFDict));
    for (const [key, value] of entries) {
      nums.push(PDFNumber.of(key + offset));
      nums.push(value);
    }
    const shift = (dict: PDFDict, key: string) => {
      const n = dict.get(N(key));
      if (n instanceof PDFNumber) dict.set(N(key), PDFNumber.of(n.asNumber() + offset));
    };
    for (const pageRef of chunk.pages) {
      const page = ctx.lookup(pageRef, PDFDict);
      shift(page, 'StructParents');
      const annots = page.lookupMaybe(N('Annots'), PDFArray);
      for (let a = 0; annots && a < annots.size(); a++) {
        const annot = annots.lookupMaybe(a, PDFDict);
        if (annot) shift(annot, 'StructParent');
      }
    }
    const next = root.lookupMaybe(N('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? (entries.length ? entries[entries.length - 1][0] + 1 : 0);
    offset += next;
    // The copied root and parent tree are replaced by the merged ones (their content now hangs from those).
    const parentTree = root.get(N('ParentTree'));
    if (parentTree instanceof lib.PDFRef) ctx.delete(parentTree);
    ctx.delete(copiedRootRef);
  };
  const finish = (): boolean => {
    if (!tagged) return false;
    const documentElem = ctx.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: kids });
    if (lang) documentElem.set(N('Lang'), lang);
    ctx.assign(documentRef, documentElem);
    const root = ctx.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: ctx.register(ctx.obj({ Nums: nums })), ParentTreeNextKey: PDFNumber.of(offset) });
    if (roleMap.keys().length > 0) root.set(N('RoleMap'), roleMap);
    if (classMap.keys().length > 0) root.set(N('ClassMap'), classMap);
    ctx.assign(rootRef, root);
    out.catalog.set(N('StructTreeRoot'), rootRef);
    out.catalog.set(N('MarkInfo'), ctx.obj({ Marked: true }));
    if (lang) out.catalog.set(N('Lang'), lang);
    return true;
  };
  return { add, finish };
}
