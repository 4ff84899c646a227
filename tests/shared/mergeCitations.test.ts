import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DeckSchema, type Citation } from '../../src-shared/deck';
import { buildEndnotes, renderDeckHtml } from '../../src-shared/render';
import { collectDeckCitations, mergeCitationsBySource } from '../../src-shared/sources';

const SRC = 'mei-2023-turkey-iran';
const cite = (paragraphs: number[], claimId?: string): Citation => ({ sourceId: SRC, paragraphs, ...(claimId ? { claimId } : {}) });

/** A key judgment citing ¶16 from two claims, ¶19 and ¶4 twice; a bullet citing a second source between ¶4 runs. */
const judgmentCitations = [cite([19], 'limits.claim2'), cite([16], 'limits.claim1'), cite([16], 'limits.claim3'), cite([4]), cite([4], 'context.claim1')];

function deck() {
  return DeckSchema.parse({
    schemaVersion: 2,
    title: 'Merged markers',
    sources: [
      { id: SRC, title: 'Turkey and Iran', authors: ['Sinem Adar', 'Hamidreza Azizi'], publisher: 'MEI', date: '2023-11', url: '' },
      { id: 'other', title: 'Other', authors: ['A. Writer'], date: '2024', url: '' },
    ],
    slides: [
      { id: 'k', layout: 'bluf', bluf: 'Convergence with limits', judgments: [{ text: 'No formal alliance', citations: judgmentCitations }] },
      {
        id: 'b',
        layout: 'bullets',
        title: 'Limits',
        bullets: [{ text: 'Two sources', citations: [cite([5]), { sourceId: 'other', paragraphs: [2] }, cite([4, 6])] }],
        citations: [cite([16], 'limits.claim1'), cite([16], 'limits.claim3')],
      },
      { id: 's', layout: 'sources', title: 'Sources' },
    ],
  });
}

describe('mergeCitationsBySource', () => {
  it('gives one entry per source: paragraphs sorted and unique, claim ids and input positions kept', () => {
    expect(mergeCitationsBySource(judgmentCitations)).toEqual([
      { sourceId: SRC, paragraphs: [4, 16, 19], claimIds: ['limits.claim2', 'limits.claim1', 'limits.claim3', 'context.claim1'], indexes: [0, 1, 2, 3, 4] },
    ]);
    expect(mergeCitationsBySource([cite([7]), { sourceId: 'b', paragraphs: [3] }, cite([5, 7])])).toEqual([
      { sourceId: SRC, paragraphs: [5, 7], claimIds: [], indexes: [0, 2] },
      { sourceId: 'b', paragraphs: [3], claimIds: [], indexes: [1] },
    ]);
    expect(mergeCitationsBySource([])).toEqual([]);
  });
});

describe('slide markers use the merge', () => {
  const doc = new JSDOM(`<body>${renderDeckHtml(deck())}</body>`).window.document;
  const markers = (slideId: string) => [...doc.querySelectorAll(`[data-slide-id="${slideId}"] .bd-cite`)].map((m) => m.textContent);

  it('a key judgment citing one paragraph from two claims shows one reference per source', () => {
    expect(markers('k')).toEqual(['[1 ¶4, 16, 19]']);
  });

  it('same-source citations around another source merge; sources keep their order of first use', () => {
    expect(markers('b')).toEqual(['[1 ¶4–6; 2 ¶2]', '[1 ¶16]']);
  });

  it('the endnotes and the editor’s sources list agree with the markers', () => {
    const d = deck();
    expect(buildEndnotes(d.slides, d.sources).entries.map((e) => [e.number, e.sourceId, e.paragraphs])).toEqual([
      [1, SRC, [4, 5, 6, 16, 19]],
      [2, 'other', [2]],
    ]);
    expect(collectDeckCitations(d)).toEqual([
      { sourceId: SRC, paragraphs: [4, 5, 6, 16, 19], claimIds: ['limits.claim2', 'limits.claim1', 'limits.claim3', 'context.claim1'] },
      { sourceId: 'other', paragraphs: [2], claimIds: [] },
    ]);
  });
});
