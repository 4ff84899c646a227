import { describe, expect, it } from 'vitest';
import { mapPresentKey, type KeyResult } from '../../src-shared/present';

const press = (keys: string[], dir: 'ltr' | 'rtl' = 'ltr'): KeyResult[] => {
  let buffer = '';
  return keys.map((key) => {
    const r = mapPresentKey({ key }, buffer, dir);
    buffer = r.buffer;
    return r;
  });
};
const actionOf = (key: string, dir: 'ltr' | 'rtl' = 'ltr') => {
  const c = mapPresentKey({ key }, '', dir).command;
  return c?.kind === 'action' ? c.action.type : c?.kind ?? null;
};

describe('presenting key map', () => {
  it('maps the next and previous keys, clicker keys included', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N']) expect(actionOf(key), key).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']) expect(actionOf(key), key).toBe('prev');
    expect([actionOf('Home'), actionOf('End')]).toEqual(['first', 'last']);
  });

  it('maps blackout, whiteout, overview and exit', () => {
    expect([actionOf('b'), actionOf('B'), actionOf('.')]).toEqual(['blackout', 'blackout', 'blackout']);
    expect([actionOf('w'), actionOf('W')]).toEqual(['whiteout', 'whiteout']);
    expect([actionOf('o'), actionOf('O')]).toEqual(['overview', 'overview']);
    expect(actionOf('Escape')).toBe('exit');
  });

  it('goes to a typed slide number on Enter (1-based deck number)', () => {
    const r = press(['7', 'Enter']);
    expect(r[0]).toEqual({ command: null, buffer: '7' });
    expect(r[1].command).toEqual({ kind: 'action', action: { type: 'goto', slideIndex: 6 } });
    expect(press(['1', '2', 'Enter'])[2].command).toEqual({ kind: 'action', action: { type: 'goto', slideIndex: 11 } });
    expect(r[1].buffer).toBe('');
  });

  it('clears typed digits on Escape or another key, and Backspace removes one', () => {
    expect(press(['4', 'Escape', 'Enter'])[2].command).toEqual({ kind: 'action', action: { type: 'next' } });
    expect(press(['4', 'Escape'])[1].command).toBeNull();
    expect(press(['4', 'x', 'Enter'])[2].command).toEqual({ kind: 'action', action: { type: 'next' } });
    expect(press(['4', '2', 'Backspace', 'Enter'])[3].command).toEqual({ kind: 'action', action: { type: 'goto', slideIndex: 3 } });
    expect(press(['0', 'Enter'])[1].command).toEqual({ kind: 'action', action: { type: 'next' } });
  });

  it('swaps the horizontal arrows in right-to-left decks, and nothing else', () => {
    expect(actionOf('ArrowLeft', 'rtl')).toBe('next');
    expect(actionOf('ArrowRight', 'rtl')).toBe('prev');
    for (const key of ['PageDown', 'ArrowDown', ' ']) expect(actionOf(key, 'rtl')).toBe('next');
    for (const key of ['PageUp', 'ArrowUp']) expect(actionOf(key, 'rtl')).toBe('prev');
  });

  it('leaves keys with Ctrl, Alt or Meta to the app', () => {
    expect(mapPresentKey({ key: 'p', ctrlKey: true }, '3').command).toBeNull();
    expect(mapPresentKey({ key: 'ArrowRight', altKey: true }, '').command).toBeNull();
  });
});
