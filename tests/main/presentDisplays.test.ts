import { describe, expect, it } from 'vitest';
import { boundsOn, chooseDisplays, type DisplayLike } from '../../src-main/services/presentation/displayChoice';

const laptop: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, internal: true };
const projector: DisplayLike = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, internal: false };
const monitor: DisplayLike = { id: 3, bounds: { x: -2560, y: 0, width: 2560, height: 1440 } };

describe('presenting display choice', () => {
  it('puts the audience on the external display and the presenter view on the primary', () => {
    expect(chooseDisplays([laptop, projector], 1, 1)).toEqual({ audience: projector, presenter: laptop, separate: true });
    expect(chooseDisplays([projector, laptop], 1, 1).audience).toBe(projector);
  });

  it('keeps the audience on the external display when the editor was moved onto it', () => {
    const external = { ...projector, internal: undefined };
    expect(chooseDisplays([laptop, external], 1, 2)).toEqual({ audience: external, presenter: laptop, separate: true });
  });

  it('uses the current display for both when there is only one', () => {
    expect(chooseDisplays([laptop], 1, 1)).toEqual({ audience: laptop, presenter: laptop, separate: false });
  });

  it('prefers an external display over an internal one that is not primary', () => {
    const secondPanel = { ...laptop, id: 4, internal: true };
    expect(chooseDisplays([monitor, secondPanel, projector], 3, 3).audience).toBe(projector);
  });

  it('fills the display when fullscreen, else centres the window at 90%', () => {
    expect(boundsOn(projector, true)).toEqual(projector.bounds);
    expect(boundsOn(laptop, false)).toEqual({ x: 72, y: 45, width: 1296, height: 810 });
  });

  it('refuses an empty display list', () => {
    expect(() => chooseDisplays([], 1, 1)).toThrow(RangeError);
  });
});
