import type { Source, SourceTextSection } from '../../deck';
import { paragraphHash } from './paragraphHash';
import type { ParagraphReview } from './numberParagraphs';
import type { SourceFormat, SourceMetadata } from './sourceBlocks';

/**
 * The corrections a user makes to the proposed paragraphs before accepting them: merge an item with the next one,
 * split one at a character offset, include or exclude one. Each returns a new review (pure) and leaves the input
 * unchanged; an index or offset out of range returns the review as it was.
 */

/** Joins item `index` and the next one (same or next section: the merged item keeps the first one's section). */
export function mergeWithNext(review: ParagraphReview, index: number): ParagraphReview {
  const a = review.items[index];
  const b = review.items[index + 1];
  if (!a || !b) return review;
  const merged = { ...a, text: `${a.text} ${b.text}`, included: a.included || b.included, skippedBecause: a.included || b.included ? undefined : a.skippedBecause };
  return { ...review, items: [...review.items.slice(0, index), merged, ...review.items.slice(index + 2)] };
}

/** Splits item `index` at character `offset` (0 < offset < text length, after trimming both halves). */
export function splitItem(review: ParagraphReview, index: number, offset: number): ParagraphReview {
  const item = review.items[index];
  if (!item) return review;
  const first = item.text.slice(0, offset).trim();
  const second = item.text.slice(offset).trim();
  if (first === '' || second === '') return review;
  const taken = new Set(review.items.map((i) => i.key));
  let n = 1;
  while (taken.has(`${item.key}.${n}`)) n++;
  const parts = [
    { ...item, text: first },
    { ...item, key: `${item.key}.${n}`, text: second },
  ];
  return { ...review, items: [...review.items.slice(0, index), ...parts, ...review.items.slice(index + 1)] };
}

/** Includes (numbers) or excludes item `index`. */
export function setIncluded(review: ParagraphReview, index: number, included: boolean): ParagraphReview {
  const item = review.items[index];
  if (!item || item.included === included) return review;
  const items = [...review.items];
  items[index] = { ...item, included };
  return { ...review, items };
}

/** The numbers the included items get, by item index (undefined for an excluded item): 1, 2, 3 … in order. */
export function reviewNumbers(review: ParagraphReview): (number | undefined)[] {
  let n = 0;
  return review.items.map((item) => (item.included ? ++n : undefined));
}

/** What `acceptReview` needs beyond the review: the corrected metadata, the source id, and where it came from. */
export interface AcceptReviewOptions {
  id: string;
  metadata: SourceMetadata;
  fileName: string;
  format: SourceFormat;
  /** ISO 8601 date-time of the import. */
  importedAt: string;
}

/**
 * The deck source an accepted review becomes: the included items numbered 1..N in order, each with its section and
 * `paragraphHash`; only the sections that hold a numbered paragraph; the metadata as corrected; `origin` naming
 * the file. Throws `Error` when no item is included (a source with nothing to cite).
 */
export function acceptReview(review: ParagraphReview, options: AcceptReviewOptions): Source {
  const included = review.items.filter((i) => i.included);
  if (included.length === 0) throw new Error('no paragraph is included: include at least one before accepting');
  const used = new Set(included.map((i) => i.section));
  const sections: SourceTextSection[] = review.sections.filter((s) => used.has(s.id)).map(({ id, title }) => ({ id, title }));
  const { title, authors, publisher, date, url } = options.metadata;
  return {
    id: options.id,
    title: title.trim() || options.fileName,
    authors: authors.map((a) => a.trim()).filter(Boolean),
    publisher: publisher.trim(),
    date: date.trim(),
    url: url.trim(),
    paragraphs: included.map((item, i) => ({ n: i + 1, text: item.text, section: item.section, hash: paragraphHash(item.text) })),
    sections,
    origin: { fileName: options.fileName, format: options.format, importedAt: options.importedAt },
  };
}

/**
 * A source id for new metadata: the first author's surname (or "source"), the year and up to three title words,
 * lower-case ASCII letters, digits and hyphens (e.g. "adar-2023-turkey-and-iran"), with "-2", "-3" … added when
 * `taken` already holds it.
 */
export function sourceIdFor(metadata: Pick<SourceMetadata, 'authors' | 'date' | 'title'>, taken: Iterable<string> = []): string {
  const ascii = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/ı/g, 'i')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const surname = ascii(metadata.authors[0]?.trim().split(/\s+/).pop() ?? '');
  const year = /^\d{4}/.exec(metadata.date)?.[0] ?? '';
  const words = ascii(metadata.title).split('-').filter(Boolean).slice(0, 3).join('-');
  const base = [surname || 'source', year, words].filter(Boolean).join('-').slice(0, 80).replace(/-+$/, '') || 'source';
  const used = new Set(taken);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}
