import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck, type ParseDeckResult } from '../../src-shared/deck';
import { checkDeckIntegrity } from '../../src-shared/deck/deckIntegrity';

type RawDeck = { sources: { id: string }[]; slides: Record<string, unknown>[] };
const small = (): RawDeck => JSON.parse(readFileSync(new URL('../fixtures/decks/small.briefdeck', import.meta.url), 'utf8')) as RawDeck;
const parse = (raw: RawDeck): ParseDeckResult => parseDeck(JSON.stringify(raw));

function warningsOf(r: ParseDeckResult): string[] {
  if (!r.ok) throw new Error(`expected a deck, got: ${r.error.message}`);
  return r.warnings;
}

describe('deck integrity: citations to unknown sources', () => {
  it('the fixture deck has none', () => {
    expect(warningsOf(parse(small()))).toEqual([]);
  });

  it('warns, naming the JSON path, for a slide citation and a nested (bullet, judgment) citation', () => {
    const raw = small();
    const bluf = raw.slides.findIndex((s) => s.layout === 'bluf');
    const bullets = raw.slides.findIndex((s) => s.layout === 'bullets');
    raw.slides[bluf].citations = [{ sourceId: 'nope', paragraphs: [1] }];
    const judgments = raw.slides[bluf].judgments as { citations?: unknown[] }[];
    judgments[0].citations = [{ sourceId: 'mei-2023-turkey-iran', paragraphs: [2] }, { sourceId: 'gone', paragraphs: [3] }];
    (raw.slides[bullets].bullets as { citations?: unknown[] }[])[0].citations = [{ sourceId: 'lost', paragraphs: [4] }];
    const warnings = warningsOf(parse(raw));
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(new RegExp(`^slides\\[${bluf}\\]\\.citations\\[0\\]\\.sourceId: no source "nope" in deck\\.sources`));
    expect(warnings[1]).toMatch(new RegExp(`^slides\\[${bluf}\\]\\.judgments\\[0\\]\\.citations\\[1\\]\\.sourceId: no source "gone"`));
    expect(warnings[2]).toMatch(new RegExp(`^slides\\[${bullets}\\]\\.bullets\\[0\\]\\.citations\\[0\\]\\.sourceId: no source "lost"`));
  });

  it('a deck with no sources warns for every citation, listing 20 then one summing line', () => {
    const raw = small();
    raw.sources = [];
    raw.slides.push(...Array.from({ length: 25 }, (_, i) => ({ id: `extra-${i}`, layout: 'section', title: 'x', citations: [{ sourceId: 'mei-2023-turkey-iran', paragraphs: [1] }] })));
    const warnings = warningsOf(parse(raw));
    expect(warnings).toHaveLength(21);
    expect(warnings[20]).toMatch(/more citations name a source that is not in deck\.sources/);
  });
});

describe('deck integrity: duplicate slide ids', () => {
  it('refuses the deck: a schema error naming both slides (the editor selects and moves slides by id)', () => {
    const raw = small();
    raw.slides[3].id = raw.slides[1].id as string;
    const r = parse(raw);
    if (r.ok) throw new Error('expected an error');
    expect(r.error.code).toBe('schema');
    expect(r.error.path).toEqual(['slides', 3, 'id']);
    expect(r.error.message).toMatch(new RegExp(`^slides\\[3\\]\\.id: "${raw.slides[1].id as string}" is already the id of slides\\[1\\]`));
  });

  it('checkDeckIntegrity is pure: unique ids and known sources give nothing', () => {
    expect(checkDeckIntegrity({ slides: [], sources: [] })).toEqual({ warnings: [] });
  });
});
