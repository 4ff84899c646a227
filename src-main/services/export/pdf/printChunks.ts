import { pictureSources, type Deck } from '../../../../src-shared/deck';
import type { PrintPage } from '../../../../src-shared/print';

/** Largest chunk, in printed pages, of a chunked print. */
export const CHUNK_MAX_PAGES = 60;
/** Largest chunk, in bytes of embedded image data (base64 text), of a chunked print. */
export const CHUNK_MAX_IMAGE_BYTES = 24 * 1024 * 1024;
/**
 * Decks with more printed pages, or more image data, than this print in chunks (docs/performance.md).
 * Text pages are cheap to print in one call, and one call is what the floor does: at 1000 text-only slides, 17 chunks
 * and a pdf-lib merge cost 1.7× the floor's CPU (bench/cli-export.mjs), while one print of the whole deck costs the
 * floor's own time and memory, so page count alone triggers chunks only past 2000; image-heavy decks still chunk on
 * CHUNK_MAX_IMAGE_BYTES. (Raised from 600 after the bench figures in bench/RESULTS.md.)
 */
export const CHUNK_THRESHOLD_PAGES = 2000;

function slidesOfPage(p: PrintPage): number[] {
  return p.kind === 'handout' ? p.cells.map((c) => c.slide) : [p.slide];
}

function imageBytes(deck: Deck, page: PrintPage): number {
  const pictures = (i: number) => (deck.slides[i] ? pictureSources(deck.slides[i]).reduce((n, src) => n + src.length, 0) : 0);
  return slidesOfPage(page).reduce((n, i) => n + (deck.slides[i]?.background?.src.length ?? 0) + pictures(i), 0);
}

/**
 * Splits a page plan into chunks to print one at a time: none (one chunk) when the deck is small, else runs of at
 * most CHUNK_MAX_PAGES pages and CHUNK_MAX_IMAGE_BYTES of image data, never splitting a slide from its notes pages
 * (a chunk ends only before a page that starts a new slide). `force` chunks whatever the size (tests, benchmarks).
 */
export function chunkPlan(deck: Deck, plan: readonly PrintPage[], force?: { maxPages: number }): PrintPage[][] {
  const totalImages = plan.reduce((n, p) => n + imageBytes(deck, p), 0);
  if (!force && plan.length <= CHUNK_THRESHOLD_PAGES && totalImages <= CHUNK_MAX_IMAGE_BYTES) return [plan.slice()];
  const maxPages = force?.maxPages ?? CHUNK_MAX_PAGES;
  const chunks: PrintPage[][] = [];
  let current: PrintPage[] = [];
  let bytes = 0;
  for (const page of plan) {
    const startsSlide = page.kind !== 'notes';
    const b = imageBytes(deck, page);
    if (current.length > 0 && startsSlide && (current.length >= maxPages || bytes + b > CHUNK_MAX_IMAGE_BYTES)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(page);
    bytes += b;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
