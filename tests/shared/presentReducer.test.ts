import { describe, expect, it } from 'vitest';
import { fragmentCount } from '../../src-shared/deck';
import { deckNavigation, initialPresentationState, reducePresentation, upcomingPosition, type PresentationAction, type PresentationState } from '../../src-shared/present';
import { presentDeck } from './presentDeckFixture';

const deck = presentDeck();
const nav = deckNavigation(deck);
const T0 = Date.UTC(2026, 10, 29, 17, 0, 0);

function run(actions: PresentationAction[], from = 0): PresentationState {
  return actions.reduce((s, a) => reducePresentation(s, a, nav, T0), initialPresentationState(deck.slides.length, from, T0));
}
const pos = (s: PresentationState) => [s.slideIndex, s.fragmentIndex];

describe('presentation reducer', () => {
  it('counts build steps from the deck model', () => {
    expect(fragmentCount(deck.slides[2])).toBe(3);
    expect(nav.slides.map((s) => s.hidden)).toEqual([false, false, false, false, true, false, false, false, false, true, false, false]);
  });

  it('steps through the fragments of a slide one at a time before moving on', () => {
    const seen = [];
    let s = initialPresentationState(deck.slides.length, 1, T0);
    for (let i = 0; i < 5; i++) {
      s = reducePresentation(s, { type: 'next' }, nav, T0);
      seen.push(pos(s));
    }
    expect(seen).toEqual([[2, 0], [2, 1], [2, 2], [2, 3], [3, 0]]);
  });

  it('goes back through the builds, and lands on the previous slide fully built', () => {
    expect(pos(run([{ type: 'prev' }], 3))).toEqual([2, 3]);
    expect(pos(run([{ type: 'prev' }, { type: 'prev' }], 3))).toEqual([2, 2]);
  });

  it('skips hidden slides in sequence, both ways', () => {
    expect(pos(run([{ type: 'next' }], 3))).toEqual([5, 0]);
    expect(pos(run([{ type: 'prev' }], 5))).toEqual([3, 0]);
    expect(pos(run([{ type: 'next' }], 8))).toEqual([10, 0]);
  });

  it('reaches a hidden slide with goto, and continues from there', () => {
    const s = run([{ type: 'goto', slideIndex: 4 }]);
    expect(pos(s)).toEqual([4, 0]);
    expect(pos(reducePresentation(s, { type: 'next' }, nav, T0))).toEqual([5, 0]);
  });

  it('clamps goto into the deck and into the slide builds', () => {
    expect(pos(run([{ type: 'goto', slideIndex: 99 }]))).toEqual([11, 0]);
    expect(pos(run([{ type: 'goto', slideIndex: 2, fragment: 'all' }]))).toEqual([2, 3]);
    expect(pos(run([{ type: 'goto', slideIndex: 2, fragment: 9 }]))).toEqual([2, 3]);
  });

  it('stops at both ends, and first/last skip hidden slides', () => {
    expect(run([{ type: 'prev' }])).toEqual(run([]));
    expect(pos(run([{ type: 'last' }, { type: 'next' }]))).toEqual([11, 0]);
    const hiddenEnds = deckNavigation(presentDeck({ slides: presentDeck().slides.map((sl, i) => ({ ...sl, hidden: i === 0 || i === 11 || sl.hidden })) }));
    const s0 = initialPresentationState(12, 5, T0);
    expect(reducePresentation(s0, { type: 'first' }, hiddenEnds, T0).slideIndex).toBe(1);
    expect(reducePresentation(s0, { type: 'last' }, hiddenEnds, T0).slideIndex).toBe(10);
  });

  it('toggles black and white screens, and keeps them across a slide change', () => {
    expect(run([{ type: 'blackout' }]).blackout).toBe('black');
    expect(run([{ type: 'blackout' }, { type: 'blackout' }]).blackout).toBe('none');
    expect(run([{ type: 'blackout' }, { type: 'whiteout' }]).blackout).toBe('white');
    expect(run([{ type: 'whiteout' }, { type: 'next' }]).blackout).toBe('white');
  });

  it('opens and closes the overview; goto closes it', () => {
    expect(run([{ type: 'overview' }]).overview).toBe(true);
    expect(run([{ type: 'overview' }, { type: 'overview' }]).overview).toBe(false);
    expect(run([{ type: 'overview' }, { type: 'goto', slideIndex: 3 }]).overview).toBe(false);
  });

  it('starts, pauses and resets the timer on the given clock', () => {
    let s = initialPresentationState(12, 0, T0);
    s = reducePresentation(s, { type: 'timer', op: 'pause', atMs: T0 + 60_000 }, nav, 0);
    expect(s.elapsedMs).toBe(60_000);
    expect(s.startedAt).toBeNull();
    s = reducePresentation(s, { type: 'timer', op: 'start' }, nav, T0 + 120_000);
    expect(s.startedAt).toBe(T0 + 120_000);
    s = reducePresentation(s, { type: 'timer', op: 'pause' }, nav, T0 + 150_000);
    expect(s.elapsedMs).toBe(90_000);
    s = reducePresentation(s, { type: 'timer', op: 'reset' }, nav, T0 + 160_000);
    expect([s.elapsedMs, s.startedAt]).toEqual([0, null]);
  });

  it('names the upcoming position for the presenter view', () => {
    expect(upcomingPosition(initialPresentationState(12, 1, T0), nav)).toEqual({ slideIndex: 2, fragmentIndex: 0 });
    expect(upcomingPosition(run([{ type: 'goto', slideIndex: 2, fragment: 1 }]), nav)).toEqual({ slideIndex: 2, fragmentIndex: 2 });
    expect(upcomingPosition(run([{ type: 'goto', slideIndex: 11 }]), nav)).toBeNull();
  });
});
