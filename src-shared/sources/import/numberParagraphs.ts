import type { SourceBlock } from './sourceBlocks';

/**
 * Headings that end an article's body: what follows them (notes, the authors' biographies, comments, related
 * reading) is not the argument, so nothing from them on is numbered. Compared lower-cased, without a trailing colon.
 */
export const END_OF_BODY_HEADINGS: readonly string[] = [
  'notes',
  'endnotes',
  'footnotes',
  'references',
  'bibliography',
  'sources',
  'about the author',
  'about the authors',
  'comments',
  'related',
  'related articles',
  'related content',
  'read more',
  'more from',
  'further reading',
  'recommended',
];

/** Fewest words a short block needs to count as body text when it does not end a sentence (a byline, a dateline). */
export const SHORTEST_BODY_WORDS = 8;

/** Id of the section that holds the paragraphs before the first heading. */
export const INTRODUCTION_SECTION_ID = 'introduction';

/** A section of a source being reviewed: its id and heading. */
export interface ReviewSection {
  id: string;
  title: string;
}

/**
 * One candidate paragraph under review: its text, its section, whether it is numbered (`included`), and, when the
 * rule left it out, why (shown beside it so the user can include it). `key` is stable across edits, for React lists.
 */
export interface ReviewItem {
  key: string;
  text: string;
  section: string;
  included: boolean;
  skippedBecause?: string;
}

/** The paragraphs of a source as the numbering rule proposes them, for the user to correct before accepting. */
export interface ParagraphReview {
  sections: ReviewSection[];
  items: ReviewItem[];
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const endsSentence = (text: string) => /[.!?…:;"”’»)\]]$/.test(text);
const isEndHeading = (text: string) => END_OF_BODY_HEADINGS.includes(text.toLowerCase().replace(/[:.]\s*$/, '').trim());

const SKIP_REASON: Partial<Record<SourceBlock['kind'], string>> = {
  caption: 'a caption or credit',
  navigation: 'navigation',
  note: 'an author note or footnote',
};

/**
 * The paragraph numbering rule, applied to a document's blocks in reading order:
 * 1. A heading starts a section (ids `s1`, `s2`, …; text before the first heading is in "Introduction"). A first
 *    heading equal to `title` is the document's title, not a section. Headings are never numbered.
 * 2. The body ends at the first `end` block or at a heading in `END_OF_BODY_HEADINGS` (notes, about the author,
 *    comments, related reading); what follows is listed, left out, as "after the end of the body".
 * 3. Captions, navigation and notes are listed, left out.
 * 4. A paragraph, list item or quote is numbered, unless it has fewer than `SHORTEST_BODY_WORDS` words and does not
 *    end like a sentence (a byline, a dateline, a label): then it is listed, left out, as "too short".
 * 5. Empty blocks are dropped. Numbers run 1, 2, 3 … over the included items in order (see `acceptReview`).
 * Pure; never throws.
 */
export function numberParagraphs(blocks: readonly SourceBlock[], title = ''): ParagraphReview {
  const sections: ReviewSection[] = [{ id: INTRODUCTION_SECTION_ID, title: 'Introduction (no heading)' }];
  const items: ReviewItem[] = [];
  let section = INTRODUCTION_SECTION_ID;
  let ended = false;
  let seenText = false;
  for (const block of blocks) {
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const key = `b${items.length + sections.length}`;
    if (block.kind === 'end') {
      ended = true;
      continue;
    }
    if (block.kind === 'heading') {
      if (!ended && isEndHeading(text)) ended = true;
      if (ended) continue;
      if (!seenText && sections.length === 1 && text.toLowerCase() === title.trim().toLowerCase()) continue;
      section = `s${sections.length}`;
      sections.push({ id: section, title: text.slice(0, 300) });
      continue;
    }
    seenText = true;
    if (ended) {
      items.push({ key, text, section, included: false, skippedBecause: 'after the end of the body' });
      continue;
    }
    const skip = SKIP_REASON[block.kind];
    if (skip) items.push({ key, text, section, included: false, skippedBecause: skip });
    else if (wordCount(text) < SHORTEST_BODY_WORDS && !endsSentence(text)) items.push({ key, text, section, included: false, skippedBecause: 'too short' });
    else items.push({ key, text, section, included: true });
  }
  return { sections, items };
}
