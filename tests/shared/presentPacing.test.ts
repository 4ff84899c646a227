import { describe, expect, it } from 'vitest';
import { deckNavigation, initialPresentationState, pacingStatus, reducePresentation, type PacingTarget, type PresentationState } from '../../src-shared/present';
import { presentDeck } from './presentDeckFixture';

// 12 slides, 2 hidden: 10 shown. A 10-minute target gives each shown slide 60 s.
const deck = presentDeck();
const nav = deckNavigation(deck);
const T0 = Date.UTC(2026, 10, 29, 17, 0, 0);
const min = 60_000;

const at = (slideIndex: number, pacing: PacingTarget = { targetMinutes: 10 }): PresentationState => ({ ...initialPresentationState(12, slideIndex, T0), pacing });

describe('pacing against a target, on a fake clock', () => {
  it('shows nothing without a target', () => {
    expect(pacingStatus(at(0, {}), T0 + 5 * min, nav).status).toBe('none');
  });

  it('is on time while the elapsed time falls in the current slide share', () => {
    const p = pacingStatus(at(0), T0 + 30_000, nav);
    expect(p).toMatchObject({ status: 'on-time', perSlideSeconds: 60, expectedSlide: 0, expectedPosition: 1 });
  });

  it('is behind after a delay on the first slide', () => {
    const p = pacingStatus(at(0), T0 + 3 * min, nav);
    expect(p.status).toBe('behind');
    expect(p.behindBySeconds).toBe(120);
    expect(p.expectedPosition).toBe(4);
    expect(p.expectedSlide).toBe(3);
    expect(p.remainingSeconds).toBe(420);
  });

  it('is ahead when the speaker is past the schedule; hidden slides are not scheduled', () => {
    // Deck index 6 is the 6th shown slide (index 4 is hidden): its window starts at 5 min.
    const p = pacingStatus(at(6), T0 + 2 * min, nav);
    expect(p.status).toBe('ahead');
    expect(p.aheadBySeconds).toBe(180);
    expect(pacingStatus(at(4), T0 + 3.5 * min, nav).status).toBe('on-time');
  });

  it('uses a time per slide when one is set, and stops the clock while paused', () => {
    let s = at(0, { perSlideSeconds: 20 });
    s = reducePresentation(s, { type: 'timer', op: 'pause' }, nav, T0 + 10_000);
    expect(pacingStatus(s, T0 + 10 * min, nav).status).toBe('on-time');
    s = reducePresentation(s, { type: 'timer', op: 'start' }, nav, T0 + 10 * min);
    expect(pacingStatus(s, T0 + 10 * min + 15_000, nav)).toMatchObject({ status: 'behind', behindBySeconds: 5 });
  });

  it('is on time again after a reset', () => {
    let s = at(0);
    s = reducePresentation(s, { type: 'timer', op: 'reset' }, nav, T0 + 5 * min);
    expect(pacingStatus(s, T0 + 5 * min + 1000, nav).status).toBe('on-time');
  });
});
