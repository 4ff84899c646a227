import { DeckSchema, type Deck, type DeckInput } from '../../src-shared/deck';

/**
 * A small briefing built for the comparison tests: a title, a BLUF with two key judgments, a bullets slide, a
 * timeline and a sources slide, citing one source.
 */
export function briefingV1(): Deck {
  const input: DeckInput = {
    schemaVersion: 2,
    title: 'Gulf shipping outlook',
    author: 'Analyst A',
    sources: [{ id: 'src-a', title: 'Port traffic report', authors: ['R. Writer'], date: '2026-10' }],
    slides: [
      { id: 's1', layout: 'title', title: 'Gulf shipping outlook', subtitle: 'November briefing' },
      {
        id: 's2',
        layout: 'bluf',
        title: 'Bottom line',
        bluf: 'Traffic through the strait holds steady.',
        judgments: [
          { text: 'Insurers will raise war-risk premiums this quarter.', likelihood: 'likely', confidence: 'moderate', citations: [{ sourceId: 'src-a', paragraphs: [2] }] },
          { text: 'A closure of the strait before spring.', likelihood: 'very unlikely', confidence: 'high', citations: [{ sourceId: 'src-a', paragraphs: [3] }] },
        ],
      },
      {
        id: 's3',
        layout: 'bullets',
        title: 'Drivers',
        bullets: [
          { text: 'Tanker transits fell by a tenth in October.', citations: [{ sourceId: 'src-a', paragraphs: [4] }] },
          { text: 'Escort patrols doubled since the summer.' },
        ],
      },
      { id: 's4', layout: 'timeline', title: 'Recent events', entries: [{ date: '2026-09-12', event: 'Drone strike on a tanker' }] },
      { id: 's5', layout: 'sources', title: 'Sources' },
    ],
  };
  return DeckSchema.parse(input);
}

/** A deep copy, to edit for the next version. */
export function copyDeck(deck: Deck): Deck {
  return structuredClone(deck);
}
