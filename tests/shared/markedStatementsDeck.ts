import { DeckSchema, SCHEMA_VERSION, type Deck, type DeckInput } from '../../src-shared/deck';

/** A 1×1 PNG, embedded (decks only take data:image URLs). */
export const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const cite = (...paragraphs: number[]) => [{ sourceId: 'art', paragraphs }];

/**
 * A CAPCO-marked deck in which every statement has a kind and a portion mark, judgments carry likelihood, confidence
 * and basis, the table has row kinds and a body mark, the BLUF sentence, quote and subtitles have body marks, a
 * picture has its own mark, and the title slide has an authority block. One (S//NF) portion raises the banner to
 * SECRET//NOFORN. `patch` overrides deck fields (language, direction, theme, marking).
 */
export function markedStatementsDeck(patch: Partial<DeckInput> = {}): Deck {
  return DeckSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    title: 'Turkey and Iran after 7 October',
    subtitle: 'What the article reports, and what we judge',
    author: 'Analyst',
    date: '2024-01-10',
    classification: { text: 'UNCLASSIFIED', level: 'unclassified' },
    marking: { scheme: 'capco', authority: { classifiedBy: 'J. Analyst, Policy Unit', derivedFrom: 'Multiple Sources', declassifyOn: '20341231' } },
    sources: [{ id: 'art', title: 'Turkey and Iran: an axis of revisionism?', authors: ['A. Author'], date: '2023-11' }],
    slides: [
      { id: 't', layout: 'title', title: '', portionMarking: '(U)', bodyPortionMarking: '(U)' },
      {
        id: 'b',
        layout: 'bluf',
        title: 'Bottom line',
        portionMarking: '(U)',
        bodyPortionMarking: '(U)',
        bluf: 'Ankara and Tehran align on Gaza but compete elsewhere.',
        judgments: [
          { text: 'Turkey stays anchored in NATO.', likelihood: 'likely', confidence: 'moderate', confidenceBasis: 'one analytic article; ¶16 describes present policy', portionMarking: '(U)', citations: cite(16) },
          { text: 'A formal axis does not form.', likelihood: 'very unlikely', confidence: 'low', portionMarking: '(S//NF)', citations: cite(18) },
        ],
      },
      {
        id: 'k',
        layout: 'bullets',
        title: 'What the source says and what we judge',
        portionMarking: '(U)',
        background: { src: TINY_PNG, alt: 'Map of the region', fit: 'contain', portionMarking: '(U)' },
        bullets: [
          { text: 'Erdoğan calls Hamas a liberation movement.', kind: 'reporting', portionMarking: '(U)', citations: cite(4) },
          { text: 'Ankara keeps talking to Tehran.', kind: 'judgment', likelihood: 'roughly even chance', confidence: 'low', confidenceBasis: 'One article.', portionMarking: '(U)', citations: cite(5) },
          { text: 'Neither side wants a wider war.', kind: 'assumption', portionMarking: '(U)', level: 1 },
          { text: 'Joint statements on Gaza would signal closer ties.', kind: 'indicator', portionMarking: '(U)' },
        ],
      },
      {
        id: 'tb',
        layout: 'table',
        title: 'Positions',
        portionMarking: '(U)',
        bodyPortionMarking: '(U)',
        columns: ['Issue', 'Turkey', 'Iran'],
        rows: [['Syria', 'Opposes Assad', 'Backs Assad'], ['NATO', 'Member', '—']],
        rowKinds: ['reporting', null],
        caption: 'Positions as the article reports them',
      },
      {
        id: 'tl',
        layout: 'timeline',
        title: 'Timeline',
        portionMarking: '(U)',
        entries: [
          { date: '2023-10-07', event: 'Hamas attacks Israel', kind: 'reporting', portionMarking: '(U)', citations: cite(1) },
          { date: '2024', event: 'Ankara hosts talks', kind: 'judgment', likelihood: 'likely', confidence: 'moderate', confidenceBasis: 'Past pattern', portionMarking: '(U)' },
        ],
      },
      { id: 'q', layout: 'quote', title: 'In their words', portionMarking: '(U)', bodyPortionMarking: '(U)', quote: 'We will not be a party to this.', attribution: 'An official' },
      { id: 's', layout: 'section', title: 'Limits', portionMarking: '(U)', bodyPortionMarking: '(U)', subtitle: 'Why no alliance' },
    ],
    ...patch,
  });
}
