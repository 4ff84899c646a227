import { describe, expect, test } from 'vitest';
import { ReviewCommentSchema, SlideSchema, type Slide } from '../../src-shared/deck';
import { commentParagraphs } from '../../src-shared/print/commentPages';

describe('review comments on a review copy page', () => {
  test('name the statement as the editor does ("key judgment 2"), not by its path', () => {
    const slide = SlideSchema.parse({
      id: 'bluf',
      layout: 'bluf',
      title: 'Bottom line',
      bluf: 'Ankara and Tehran align on Gaza.',
      judgments: [{ text: 'First judgment.' }, { text: 'Second judgment.' }],
    }) as Slide;
    const comment = ReviewCommentSchema.parse({ id: 'c1', slideId: 'bluf', field: 'judgments[1]', author: 'R. Analyst', at: '2026-12-08T03:40:00Z', text: 'Source?' });
    expect(commentParagraphs([comment], slide)).toEqual(['R. Analyst, 2026-12-08 03:40Z · on key judgment 2: Source?']);
    // A field the slide no longer has keeps its path.
    const gone = ReviewCommentSchema.parse({ ...comment, field: 'judgments[7]' });
    expect(commentParagraphs([gone], slide)[0]).toContain('· on judgments[7]: Source?');
  });
});
