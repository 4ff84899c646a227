import type * as PdfLib from 'pdf-lib';
import type { PdfDocumentInfo } from './pdfDocumentInfo';
import { dedupeObjects } from './dedupeObjects';
import { nameExplicitDestinations, namedDestinations } from './chunkDestinations';
import { structTreeMerger } from './mergeStructTrees';
import { setPdfOutline, type OutlineEntry } from './pdfOutline';

/** What a merge did: pages, whether the tags were kept, objects merged as duplicates, bytes in and out. */
export interface MergeStats {
  pages: number;
  /** True when every chunk was tagged and the merged PDF has one structure tree (`structTreeMerger`). */
  tagged: boolean;
  duplicatesRemoved: number;
  inputBytes: number;
  outputBytes: number;
}

/**
 * Merges the PDFs printed for the chunks of a large deck, in order, with pdf-lib, then merges duplicate objects
 * (images and font files printed in more than one chunk: `dedupeObjects`), writes the outline (one entry per slide)
 * and the document info (title, author, subject, keywords, creator, producer), and saves with object streams.
 * Links are kept: web and mailto links (URI actions) as printed, and jumps to a slide or to the endnotes (named
 * destinations, `/Dest /name`) point at the page of the merged document that printed their target: each chunk's
 * named destinations are copied with its pages and written to the merged catalog's /Dests (the chunk that printed
 * the target is the only one with a destination for it: see `withLinkTargetsOfOtherChunks`). Explicit page jumps
 * are named first (`nameExplicitDestinations`) so they are remapped the same way. Tags are kept: the chunks'
 * structure trees are joined into one (`structTreeMerger`: one /Document element, the parent tree renumbered,
 * /MarkInfo and /Lang), or, if a chunk was printed untagged, the merged PDF is untagged (`stats.tagged` false).
 * Chromium's per-chunk outlines are replaced by `outline`.
 */
export async function mergePdfs(chunks: readonly Uint8Array[], outline: readonly OutlineEntry[], info: PdfDocumentInfo): Promise<{ pdf: Uint8Array; stats: MergeStats }> {
  // pdf-lib is loaded on the first merge only (a package import, so it works from sources, bundles and test runners).
  const lib: typeof PdfLib = await import('pdf-lib');
  const { PDFDocument, PDFDict, PDFName, PDFObjectCopier, PDFPage } = lib;
  const out = await PDFDocument.create({ updateMetadata: false });
  const dests = out.context.obj({});
  const tags = structTreeMerger(lib, out);
  for (const [chunk, bytes] of chunks.entries()) {
    const src = await PDFDocument.load(bytes, { updateMetadata: false });
    const names = namedDestinations(lib, src);
    nameExplicitDestinations(lib, src, `bd-chunk${chunk}-page`, names);
    // One copier for the chunk's pages and its destinations, so a destination's page reference becomes the copied
    // page's reference (a copier maps each source object once).
    const copier = PDFObjectCopier.for(src.context, out.context);
    const pages: PdfLib.PDFRef[] = [];
    for (const page of src.getPages()) {
      const ref = copier.copy(page.ref) as PdfLib.PDFRef;
      out.addPage(PDFPage.of(out.context.lookup(ref, PDFDict) as PdfLib.PDFPageLeaf, ref, out));
      pages.push(ref);
    }
    for (const [name, dest] of names) if (!dests.has(PDFName.of(name))) dests.set(PDFName.of(name), copier.copy(dest));
    tags.add({ src, copier, pages });
  }
  const tagged = tags.finish();
  if (dests.keys().length > 0) out.catalog.set(PDFName.of('Dests'), out.context.register(dests));
  const duplicatesRemoved = dedupeObjects(lib, out);
  setPdfOutline(lib, out, outline);
  if (info.title) out.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) out.setAuthor(info.author);
  if (info.subject) out.setSubject(info.subject);
  if (info.keywords) out.setKeywords([info.keywords]);
  out.setCreator(info.creator ?? 'BriefDeck');
  out.setProducer(info.producer ?? 'BriefDeck (Chromium print, pdf-lib merge)');
  const now = new Date();
  out.setCreationDate(now);
  out.setModificationDate(now);
  const pdf = await out.save({ useObjectStreams: true });
  return {
    pdf,
    stats: { pages: out.getPageCount(), tagged, duplicatesRemoved, inputBytes: chunks.reduce((n, c) => n + c.byteLength, 0), outputBytes: pdf.byteLength },
  };
}
