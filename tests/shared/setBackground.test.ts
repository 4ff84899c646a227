import { describe, expect, it } from 'vitest';
import { setBackground } from '../../src-shared/commands';
import { frozenSmallDeck } from './deckFixture';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('setBackground', () => {
  it('sets, edits and removes a background picture without changing its input', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const id = deck.slides[0].id;
    const set = setBackground.perform(deck, { slideId: id, image: { src: PNG, alt: '', fit: 'cover' } });
    expect(JSON.stringify(deck)).toBe(snapshot);
    expect(set.slides[0].background).toEqual({ src: PNG, alt: '', fit: 'cover' });
    const fitted = setBackground.perform(set, { slideId: id, patch: { fit: 'contain', alt: 'Ankara skyline' } });
    expect(fitted.slides[0].background).toMatchObject({ fit: 'contain', alt: 'Ankara skyline' });
    // A new file keeps the alt text already written.
    expect(setBackground.perform(fitted, { slideId: id, image: { src: PNG, alt: '', fit: 'cover' } }).slides[0].background?.alt).toBe('Ankara skyline');
    expect(setBackground.perform(fitted, { slideId: id, patch: { fit: 'contain' } })).toBe(fitted);
    const removed = setBackground.perform(fitted, { slideId: id, remove: true });
    expect('background' in removed.slides[0]).toBe(false);
    expect(setBackground.perform(removed, { slideId: id, remove: true })).toBe(removed);
    expect(setBackground.perform(deck, { slideId: id, patch: { fit: 'contain' } })).toBe(deck);
  });
});
