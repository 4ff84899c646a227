import { describe, expect, it } from 'vitest';
import { SlideSchema, type Citation } from '../../src-shared/deck';
import { buildEndnotes } from '../../src-shared/render';
import { citationLabel } from '../../src-main/services/export/pptx/pptxChrome';

const SRC = 'mei-2023-turkey-iran';
const cite = (paragraphs: number[], claimId?: string): Citation => ({ sourceId: SRC, paragraphs, ...(claimId ? { claimId } : {}) });

describe('PPTX citation markers', () => {
  const citations = [cite([19]), cite([16], 'limits.claim1'), { sourceId: 'other', paragraphs: [2] }, cite([16], 'limits.claim3'), cite([4])];
  const endnotes = buildEndnotes([SlideSchema.parse({ id: 'k', layout: 'bullets', citations })], []);

  it('prints one reference per source, as the HTML marker does, with no-break spaces', () => {
    expect(citationLabel(citations, endnotes)).toBe('[1\u00A0¶4,\u00A016,\u00A019;\u00A02\u00A0¶2]');
    expect(citationLabel([cite([16], 'limits.claim1'), cite([16], 'limits.claim3')], endnotes)).toBe('[1\u00A0¶16]');
    expect(citationLabel([], endnotes)).toBe('');
  });
});
