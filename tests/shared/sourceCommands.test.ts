/**
 * The deck commands of imported sources (addSource, setSourceArguments) and the argument-map editor's drafts:
 * pure, one deck change each, and a map the editor saves always passes ArgumentSchema.
 */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src-shared/deck';
import { addSource, addSourceAs, deckHasSource, setSourceArguments } from '../../src-shared/commands';
import { ArgumentSchema, argumentsFromDrafts, draftsFromArguments, emptyItemDraft, idFromTitle, parseParagraphInput, type ArgumentDraft } from '../../src-shared/sources';
import { deepFreeze, loadSmallDeck } from './deckFixture';

const source: Source = {
  id: 'okafor-2024-water',
  title: 'Water Sharing on the Upper Basin',
  authors: ['Lena Okafor'],
  publisher: '',
  date: '2024-03',
  url: '',
  paragraphs: [1, 2, 3, 4].map((n) => ({ n, text: `Paragraph ${n} of the article.` })),
};

let keys = 0;
const newKey = () => `k${++keys}`;

function draft(title: string, claims: Partial<ReturnType<typeof emptyItemDraft>>[], facts: Partial<ReturnType<typeof emptyItemDraft>>[] = []): ArgumentDraft {
  return {
    key: newKey(),
    title,
    summary: `${title}: why it matters.`,
    claims: claims.map((c) => ({ ...emptyItemDraft(newKey()), ...c })),
    facts: facts.map((f) => ({ ...emptyItemDraft(newKey()), ...f })),
    counterpoints: [],
  };
}

describe('addSource', () => {
  it('adds a copy of the source at the end of deck.sources, and refuses an id the deck lists (same deck back)', () => {
    const deck = deepFreeze(loadSmallDeck());
    const next = addSource.perform(deck, { source });
    expect(next.sources.at(-1)).toEqual(source);
    expect(next.sources.at(-1)).not.toBe(source);
    expect(next.sources.length).toBe(deck.sources.length + 1);
    expect(deckHasSource(next, source.id)).toBe(true);
    expect(addSource.perform(next, { source: { ...source, title: 'Other' } })).toBe(next);
  });

  it('is labelled for the undo menu with what the user did and the source title', () => {
    expect(addSourceAs('Import source', 'Water  Sharing').label).toBe('Import source Water Sharing');
    expect(addSourceAs('Add source', source.title).perform(loadSmallDeck(), { source }).sources.at(-1)?.id).toBe(source.id);
  });
});

describe('setSourceArguments', () => {
  it('replaces one source’s map, removes it with an empty list, and ignores an unknown source', () => {
    const deck = deepFreeze(addSource.perform(loadSmallDeck(), { source }));
    const built = argumentsFromDrafts([draft('Cascade effects', [{ text: 'Releases may fall.', paragraphs: [2], stance: 'hedged', hedge: 'could' }])], 4);
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const next = setSourceArguments.perform(deck, { sourceId: source.id, arguments: built.arguments });
    expect(next.sources.find((s) => s.id === source.id)?.arguments).toEqual(built.arguments);
    expect(setSourceArguments.label).toBe('Edit argument map');
    const cleared = setSourceArguments.perform(next, { sourceId: source.id, arguments: [] });
    expect(cleared.sources.find((s) => s.id === source.id)).not.toHaveProperty('arguments');
    expect(setSourceArguments.perform(deck, { sourceId: 'nope', arguments: [] })).toBe(deck);
  });
});

describe('argumentsFromDrafts', () => {
  it('builds a map that passes ArgumentSchema, ids from titles (unique), stances kept, facts dated', () => {
    const built = argumentsFromDrafts(
      [
        draft('Data sharing!', [{ text: 'Weekly readings build trust.', paragraphs: [3, 3, 1], stance: 'attributed', attributedTo: 'Negotiators' }], [{ text: 'Memorandum signed.', date: '2024-03', paragraphs: [1], stance: 'asserted' }]),
        draft('Data sharing', [{ text: 'It is fragile.', paragraphs: [4] }]),
      ],
      4,
    );
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.arguments.map((a) => a.id)).toEqual(['data-sharing', 'data-sharing-2']);
    expect(built.arguments[0].claims[0]).toEqual({ id: 'data-sharing.claim-1', text: 'Weekly readings build trust.', paragraphs: [1, 3], stance: 'attributed', attributedTo: 'Negotiators' });
    expect(built.arguments[0].facts[0]).toMatchObject({ id: 'data-sharing.fact-1', date: '2024-03', stance: 'asserted' });
    expect(built.arguments[1].claims[0]).not.toHaveProperty('stance');
    for (const a of built.arguments) expect(ArgumentSchema.safeParse(a).success).toBe(true);
    // Drafts of a saved map keep their ids on the next save, even when the title changes.
    const again = draftsFromArguments(built.arguments, newKey);
    again[0].title = 'Renamed';
    const rebuilt = argumentsFromDrafts(again, 4);
    expect(rebuilt.ok && rebuilt.arguments.map((a) => a.id)).toEqual(['data-sharing', 'data-sharing-2']);
  });

  it('names each missing field: text, paragraphs, an out-of-range paragraph, a bad date, a hedge, whose view, a claim', () => {
    const a = draft('', [{ text: ' ', paragraphs: [] }, { text: 'x', paragraphs: [9], stance: 'hedged' }], [{ text: 'Dated', date: '24 March', paragraphs: [1], stance: 'attributed' }]);
    const empty = { ...draft('Empty', []), summary: '' };
    const built = argumentsFromDrafts([a, empty], 4);
    if (built.ok) throw new Error('expected problems');
    const fields = built.problems.map((p) => p.field.replace(/^k\d+/, '#'));
    expect(fields).toEqual(['#:title', '#:text', '#:paragraphs', '#:paragraphs', '#:hedge', '#:date', '#:attributedTo', '#:summary', '#:claims']);
    expect(built.problems[3].message).toBe('¶9 is not in this source (¶1–4).');
  });
});

describe('idFromTitle and parseParagraphInput', () => {
  it('makes ids of lower-case ASCII letters, digits and hyphens', () => {
    expect(idFromTitle('Ankara’s Çekiç plan (2024)')).toBe('ankara-s-cekic-plan-2024');
    expect(idFromTitle('¿¡')).toBe('argument');
  });

  it('reads numbers and ranges within the source, or says what is wrong', () => {
    expect(parseParagraphInput('¶4, 1 2-3', 5)).toEqual({ ok: true, paragraphs: [1, 2, 3, 4] });
    expect(parseParagraphInput('6', 5)).toEqual({ ok: false, message: '¶6 is not in this source (¶1–5).' });
    expect(parseParagraphInput('two', 5)).toMatchObject({ ok: false });
    expect(parseParagraphInput('4-2', 5)).toMatchObject({ ok: false });
  });
});
