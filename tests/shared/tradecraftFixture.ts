import { DeckSchema, SCHEMA_VERSION, type Deck, type DeckInput } from '../../src-shared/deck';
import { ArgumentMapSchema, type ArgumentMap } from '../../src-shared/sources';
import { checkDeck, sourceFingerprint, type Finding } from '../../src-shared/tradecraft';

/** A source paragraph written for these tests (not from any real article). */
export const PARAGRAPH_TWO = 'The ministry may find it useful to court both capitals while the crisis lasts, the authors of this made-up report suggest.';

/** A small argument map with one item of each stance, and a fingerprint of a made-up source text. */
export const MAP: ArgumentMap = ArgumentMapSchema.parse({
  schemaVersion: 1,
  source: {
    id: 'src-a',
    title: 'A made-up report',
    authors: ['A. Author'],
    publisher: 'Test press',
    date: '2024-01',
    url: 'https://example.org/report',
    paragraphCount: 3,
    sections: [{ id: 'all', title: 'All', first: 1, last: 3 }],
    paragraphs: [1, 2, 3].map((n) => ({ n, section: 'all', summary: `Paragraph ${n}.` })),
    fingerprint: sourceFingerprint(['The northern port handled more grain in the spring than in any year since the old treaty was signed.', PARAGRAPH_TWO]),
  },
  arguments: [
    {
      id: 'arg',
      title: 'An argument',
      summary: 'A summary.',
      claims: [
        { id: 'arg.asserted', text: 'The port handled record grain.', paragraphs: [1], stance: 'asserted' },
        { id: 'arg.hedged', text: 'The ministry may court both capitals.', paragraphs: [2], stance: 'hedged', hedge: 'may find it useful' },
        { id: 'arg.attributed', text: 'The capital sees the port as a threat.', paragraphs: [3], stance: 'attributed', attributedTo: 'the capital' },
      ],
    },
  ],
});

/** A citation of `claimId` in src-a, at `paragraphs`. */
export const cite = (claimId: string, ...paragraphs: number[]) => [{ sourceId: 'src-a', paragraphs: paragraphs.length ? paragraphs : [1], claimId }];

/** A judgment that passes every check (ICD 203 row 1 likelihood, moderate confidence with its basis, two citations). */
export const GOOD_JUDGMENT = {
  text: 'The port will keep its grain trade through the winter.',
  likelihood: 'likely',
  confidence: 'moderate' as const,
  confidenceBasis: 'One report; two paragraphs.',
  citations: [...cite('arg.asserted', 1)],
};

/** A deck of the current format with the given slides and deck fields. */
export function deckWith(slides: DeckInput['slides'], extra: Partial<DeckInput> = {}): Deck {
  return DeckSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    title: 'Test deck',
    sources: [{ id: 'src-a', title: 'A made-up report', authors: ['A. Author'], date: '2024-01' }],
    slides,
    ...extra,
  });
}

/** The findings of a deck against MAP, as "rule@slideIndex:field" strings (sorted as checkDeck sorts). */
export function findingKeys(deck: Deck): string[] {
  return checkDeck(deck, { argumentMaps: [MAP] }).map(key);
}

/** "rule@slideIndex:field" of a finding ("rule@deck" for a deck-wide one). */
export function key(f: Finding): string {
  return f.slideIndex === null ? `${f.rule}@deck` : `${f.rule}@${f.slideIndex}:${f.field}`;
}

/** One BLUF slide with the given key judgments. */
export function blufWith(judgments: object[], id = 'b'): DeckInput['slides'][number] {
  return { id, layout: 'bluf', title: 'Bottom line', bluf: '', judgments } as DeckInput['slides'][number];
}
