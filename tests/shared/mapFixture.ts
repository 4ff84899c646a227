import { DeckSchema, type Deck, type DeckInput } from '../../src-shared/deck';

type SlideInput = DeckInput['slides'][number];

/** A map slide of the region: highlights with roles, four labelled points, the Zangezur corridor as a line. */
export function regionMapSlide(over: Partial<SlideInput> = {}): SlideInput {
  return {
    id: 'region-map',
    layout: 'map',
    title: 'The region at a glance',
    citations: [{ sourceId: 'art', paragraphs: [8, 10] }],
    map: {
      extent: 'middle-east',
      highlights: [
        { country: 'Turkey', role: 'Actor', colour: 'accent' },
        { country: 'Iran', role: 'Actor', colour: 'accent' },
        { country: 'Syria', role: 'Front', colour: 'orange' },
        { country: 'Palestine', role: 'War in Gaza', colour: 'red' },
      ],
      points: [
        { label: 'Ankara', lat: 39.93, lon: 32.86 },
        { label: 'Tehran', lat: 35.69, lon: 51.39 },
        { label: 'Damascus', lat: 33.51, lon: 36.29 },
        { label: 'Gaza', lat: 31.5, lon: 34.47 },
      ],
      lines: [{ label: 'Zangezur corridor', from: { lat: 39.2, lon: 45.4 }, to: { lat: 39.75, lon: 46.75 }, arrow: true }],
      legend: true,
    },
    alt: 'Map of the Middle East: Turkey and Iran highlighted as actors, Syria as a front, Gaza as the war.',
    sourceLine: 'Roles: the deck, after the cited article.',
    notes: 'Start from the map.',
    ...over,
  } as SlideInput;
}

/** A three-slide deck with the region map in the middle (a title before it, bullets after). */
export function mapDeck(patch: Partial<DeckInput> = {}): Deck {
  return DeckSchema.parse({
    schemaVersion: 2,
    title: 'Map deck',
    classification: { text: 'UNCLASSIFIED // TEST', level: 'unclassified' },
    sources: [{ id: 'art', title: 'An article', authors: ['A. Author'], publisher: 'Journal', date: '2023-11', url: '' }],
    slides: [
      { id: 't', layout: 'title', title: 'Map deck', subtitle: 'A locator map' },
      regionMapSlide(),
      { id: 'b', layout: 'bullets', title: 'After the map', bullets: [{ text: 'One point.', level: 0, fragment: false, citations: [{ sourceId: 'art', paragraphs: [1] }] }] },
    ],
    ...patch,
  });
}
