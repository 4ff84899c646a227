import { describe, expect, it } from 'vitest';
import {
  INTRODUCTION_SECTION_ID,
  SourceFileSchema,
  acceptReview,
  mergeWithNext,
  numberParagraphs,
  paragraphHash,
  reviewNumbers,
  setIncluded,
  sourceFileOf,
  sourceIdFor,
  splitItem,
  type SourceBlock,
} from '../../src-shared/sources';

const long = (topic: string) => `The ministry's statement on ${topic} set out three conditions for renewed talks with its neighbours.`;

/** A saved article's blocks as a reader gives them: title, byline, body under two headings, a caption, notes, comments. */
const BLOCKS: SourceBlock[] = [
  { kind: 'heading', level: 1, text: 'Water and the border' },
  { kind: 'paragraph', text: 'By A. Writer' },
  { kind: 'paragraph', text: long('water') },
  { kind: 'navigation', text: 'Share on social media' },
  { kind: 'heading', level: 2, text: 'The dam' },
  { kind: 'paragraph', text: long('the dam') },
  { kind: 'caption', text: 'The dam in spring. Photo: an agency.' },
  { kind: 'list-item', text: long('the first condition') },
  { kind: 'heading', level: 2, text: 'What comes next' },
  { kind: 'quote', text: long('the next round') },
  { kind: 'paragraph', text: 'Short but a sentence.' },
  { kind: 'note', text: 'The author thanks the reviewers.' },
  { kind: 'heading', level: 2, text: 'About the author:' },
  { kind: 'paragraph', text: 'A. Writer studies rivers and the treaties that share them between states.' },
  { kind: 'end', text: 'Comments' },
  { kind: 'paragraph', text: 'First comment: I disagree with every word of the piece above.' },
];

describe('numberParagraphs: the numbering rule', () => {
  const review = numberParagraphs(BLOCKS, 'Water and the border');

  it('numbers body paragraphs, list items and quotes, and leaves the rest out with a reason', () => {
    expect(review.items.filter((i) => i.included).map((i) => i.text)).toEqual([long('water'), long('the dam'), long('the first condition'), long('the next round'), 'Short but a sentence.']);
    const reasons = Object.fromEntries(review.items.filter((i) => !i.included).map((i) => [i.text, i.skippedBecause]));
    expect(reasons).toEqual({
      'By A. Writer': 'too short',
      'Share on social media': 'navigation',
      'The dam in spring. Photo: an agency.': 'a caption or credit',
      'The author thanks the reviewers.': 'an author note or footnote',
      'A. Writer studies rivers and the treaties that share them between states.': 'after the end of the body',
      'First comment: I disagree with every word of the piece above.': 'after the end of the body',
    });
  });

  it('keeps the section of each paragraph; the title heading is not a section', () => {
    expect(review.sections.map((s) => s.title)).toEqual(['Introduction (no heading)', 'The dam', 'What comes next']);
    const sectionOf = (text: string) => review.sections.find((s) => s.id === review.items.find((i) => i.text === text)?.section)?.title;
    expect(sectionOf(long('water'))).toBe('Introduction (no heading)');
    expect(sectionOf(long('the first condition'))).toBe('The dam');
    expect(sectionOf(long('the next round'))).toBe('What comes next');
  });

  it('gives every item a distinct key', () => {
    const keys = review.items.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('paragraph review corrections', () => {
  const review = numberParagraphs(BLOCKS, 'Water and the border');

  it('merges, splits and includes, renumbering the included items in order', () => {
    expect(reviewNumbers(review).filter(Boolean)).toEqual([1, 2, 3, 4, 5]);
    const dam = review.items.findIndex((i) => i.text === long('the dam'));
    const merged = mergeWithNext(review, dam);
    expect(merged.items[dam].text).toBe(`${long('the dam')} The dam in spring. Photo: an agency.`);
    expect(merged.items[dam].included).toBe(true);
    const split = splitItem(merged, dam, long('the dam').length);
    expect(split.items[dam].text).toBe(long('the dam'));
    expect(split.items[dam + 1].text).toBe('The dam in spring. Photo: an agency.');
    expect(split.items[dam + 1].key).not.toBe(split.items[dam].key);
    const byline = setIncluded(split, 0, true);
    expect(reviewNumbers(byline).filter(Boolean)).toHaveLength(7);
    expect(review.items[0].included).toBe(false);
  });

  it('returns the review unchanged for an index or offset out of range', () => {
    expect(mergeWithNext(review, review.items.length - 1)).toBe(review);
    expect(splitItem(review, 2, 0)).toBe(review);
    expect(setIncluded(review, 99, true)).toBe(review);
  });

  it('accepts into a deck source that a source file validates, with hashes and only the sections in use', () => {
    const source = acceptReview(setIncluded(review, 1, false), {
      id: 'writer-2024-water',
      metadata: { title: ' Water and the border ', authors: ['A. Writer', ' '], publisher: 'A review', date: '2024-03-01', url: '' },
      fileName: 'water.html',
      format: 'html',
      importedAt: '2026-12-07T10:00:00Z',
    });
    expect(source.title).toBe('Water and the border');
    expect(source.authors).toEqual(['A. Writer']);
    expect(source.paragraphs?.map((p) => p.n)).toEqual([1, 2, 3, 4]);
    expect(source.paragraphs?.[0]).toMatchObject({ text: long('the dam'), section: 's1', hash: paragraphHash(long('the dam')) });
    expect(source.sections?.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(SourceFileSchema.safeParse(sourceFileOf(source)).success).toBe(true);
    expect(source.sections?.some((s) => s.id === INTRODUCTION_SECTION_ID)).toBe(false);
  });

  it('refuses a review with nothing included', () => {
    const none = review.items.reduce((r, _, i) => setIncluded(r, i, false), review);
    expect(() => acceptReview(none, { id: 'x', metadata: { title: '', authors: [], publisher: '', date: '', url: '' }, fileName: 'x.txt', format: 'text', importedAt: '' })).toThrow(/no paragraph is included/);
  });
});

describe('paragraph hashes, source ids and the source file', () => {
  it('hashes normalized text: whitespace does not matter, words do', () => {
    expect(paragraphHash('a  b\n c')).toBe(paragraphHash('a b c'));
    expect(paragraphHash('a b c')).not.toBe(paragraphHash('a b d'));
    expect(paragraphHash('x')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('makes ids from surname, year and title words, and avoids ids taken', () => {
    const meta = { authors: ['Ayşe Yılmaz'], date: '2024-05', title: 'Ankara’s water diplomacy, explained' };
    expect(sourceIdFor(meta)).toBe('yilmaz-2024-ankara-s-water');
    expect(sourceIdFor(meta, ['yilmaz-2024-ankara-s-water'])).toBe('yilmaz-2024-ankara-s-water-2');
    expect(sourceIdFor({ authors: [], date: '', title: '' })).toBe('source');
  });

  it('refuses a source file whose paragraphs are misnumbered or in an unknown section', () => {
    const bad = sourceFileOf({ id: 'a', title: 't', authors: [], publisher: '', date: '', url: '', sections: [{ id: 's1', title: 'S' }], paragraphs: [{ n: 2, text: 'x', section: 's9' }] });
    const result = SourceFileSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toMatch(/numbered 2[\s\S]*section "s9"/);
  });
});
