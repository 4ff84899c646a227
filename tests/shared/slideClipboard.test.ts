import { describe, expect, it } from 'vitest';
import { readSlidesClipboard, slidesClipboardText, slidesOutlineText } from '../../src-shared/clipboard/slideClipboard';
import { pasteSlides, reconcileSources } from '../../src-shared/commands';
import type { Deck } from '../../src-shared/deck';
import { frozenSmallDeck, loadSmallDeck } from './deckFixture';

function cited(deck: Deck): string[] {
  const ids: string[] = [];
  JSON.stringify(deck.slides, (key, value: unknown) => {
    if (key === 'sourceId' && typeof value === 'string') ids.push(value);
    return value;
  });
  return ids;
}

describe('slide clipboard payload', () => {
  it('carries the chosen slides in deck order and only the sources they cite, and reads back through the deck check', () => {
    const deck = loadSmallDeck();
    const text = slidesClipboardText(deck, ['s-limits', 's-bluf']);
    expect(text).not.toBeNull();
    const read = readSlidesClipboard(text!);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.slides.map((s) => s.id)).toEqual(['s-bluf', 's-limits']);
    expect(read.value.sources.map((s) => s.id)).toEqual(['mei-2023-turkey-iran']);
    expect(slidesClipboardText(deck, ['nope'])).toBeNull();
    expect(slidesOutlineText([{ title: 'A' }, { title: ' ' }])).toBe('A\nUntitled');
  });

  it('refuses text without the marker, broken JSON, a slide that fails the schema and prototype keys', () => {
    expect(readSlidesClipboard('Just some text').ok).toBe(false);
    expect(readSlidesClipboard('{"briefdeckClipboard":1,').ok).toBe(false);
    const bad = readSlidesClipboard('{"briefdeckClipboard":1,"schemaVersion":1,"title":"x","slides":[{"id":"a","layout":"nope"}]}');
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/cannot be pasted/) });
    const text = slidesClipboardText(loadSmallDeck(), ['s-bluf'])!;
    expect(readSlidesClipboard(text.replace('{', '{"__proto__":{"x":1},')).ok).toBe(false);
  });
});

describe('pasteSlides', () => {
  it('pastes copies with fresh ids after the given index, as one command, without changing its input', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const read = readSlidesClipboard(slidesClipboardText(deck, ['s-bluf', 's-hamas'])!);
    if (!read.ok) throw new Error(read.error);
    const next = pasteSlides.perform(deck, { index: 3, ...read.value });
    expect(JSON.stringify(deck)).toBe(snapshot);
    expect(next.slides).toHaveLength(deck.slides.length + 2);
    expect(next.slides.slice(3, 5).map((s) => s.title)).toEqual(['s-bluf', 's-hamas'].map((id) => deck.slides.find((s) => s.id === id)!.title));
    expect(new Set(next.slides.map((s) => s.id)).size).toBe(next.slides.length);
    expect(next.sources).toBe(deck.sources);
  });

  it('brings a missing source along, and renames a source whose id the target gives to another work', () => {
    const from = loadSmallDeck();
    const read = readSlidesClipboard(slidesClipboardText(from, ['s-bluf'])!);
    if (!read.ok) throw new Error(read.error);
    const empty: Deck = { ...from, slides: [from.slides[0]], sources: [] };
    const intoEmpty = pasteSlides.perform(empty, { ...read.value });
    expect(intoEmpty.sources.map((s) => s.id)).toEqual(['mei-2023-turkey-iran']);
    expect(cited(intoEmpty).every((id) => id === 'mei-2023-turkey-iran')).toBe(true);

    const other = { ...from.sources[0], title: 'Another article' };
    const clash: Deck = { ...empty, sources: [other] };
    const { add, renamed } = reconcileSources(clash, read.value.sources);
    expect(add.map((s) => s.id)).toEqual(['mei-2023-turkey-iran-2']);
    expect(renamed.get('mei-2023-turkey-iran')).toBe('mei-2023-turkey-iran-2');
    const intoClash = pasteSlides.perform(clash, { ...read.value });
    expect(intoClash.sources.map((s) => s.title)).toEqual(['Another article', from.sources[0].title]);
    const pastedCites = cited({ ...intoClash, slides: intoClash.slides.slice(1) });
    expect(pastedCites.length).toBeGreaterThan(0);
    expect(pastedCites.every((id) => id === 'mei-2023-turkey-iran-2')).toBe(true);
  });
});
