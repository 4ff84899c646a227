import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyInput } from '../../src-renderer/shortcuts/keymap';
import { windowedRange } from '../../src-renderer/slideList/useWindowedRange';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
const pc = { mac: false, inTextField: false };
const mac = { mac: true, inTextField: false };

describe('editor shortcuts (PowerPoint keys, Cmd on macOS)', () => {
  it('maps the file, edit and present keys with Ctrl on Windows/Linux', () => {
    expect(shortcutFor(key('n', { ctrlKey: true }), pc)).toBe('new');
    expect(shortcutFor(key('o', { ctrlKey: true }), pc)).toBe('open');
    expect(shortcutFor(key('s', { ctrlKey: true }), pc)).toBe('save');
    expect(shortcutFor(key('S', { ctrlKey: true, shiftKey: true }), pc)).toBe('saveAs');
    expect(shortcutFor(key('d', { ctrlKey: true }), pc)).toBe('duplicate');
    expect(shortcutFor(key('z', { ctrlKey: true }), pc)).toBe('undo');
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }), pc)).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }), pc)).toBe('redo');
    expect(shortcutFor(key('Delete'), pc)).toBe('delete');
    expect(shortcutFor(key('F5'), pc)).toBe('present');
    expect(shortcutFor(key('F5', { shiftKey: true }), pc)).toBe('presentCurrent');
  });

  it('uses Cmd on macOS and ignores Ctrl there', () => {
    expect(shortcutFor(key('s', { metaKey: true }), mac)).toBe('save');
    expect(shortcutFor(key('s', { ctrlKey: true }), mac)).toBeNull();
    expect(shortcutFor(key('s', { metaKey: true }), pc)).toBeNull();
    expect(shortcutFor(key('Backspace'), mac)).toBe('delete');
  });

  it('maps New Slide, Find and Replace: Ctrl+M, Ctrl+F, Ctrl+H; Cmd+Shift+N and Cmd+Shift+H on macOS', () => {
    expect(shortcutFor(key('m', { ctrlKey: true }), pc)).toBe('newSlide');
    expect(shortcutFor(key('f', { ctrlKey: true }), pc)).toBe('find');
    expect(shortcutFor(key('h', { ctrlKey: true }), pc)).toBe('replace');
    expect(shortcutFor(key('f', { ctrlKey: true }), { mac: false, inTextField: true })).toBe('find');
    expect(shortcutFor(key('m', { metaKey: true }), mac)).toBeNull();
    expect(shortcutFor(key('h', { metaKey: true }), mac)).toBeNull();
    expect(shortcutFor(key('N', { metaKey: true, shiftKey: true }), mac)).toBe('newSlide');
    expect(shortcutFor(key('H', { metaKey: true, shiftKey: true }), mac)).toBe('replace');
    expect(shortcutFor(key('N', { ctrlKey: true, shiftKey: true }), pc)).toBeNull();
  });

  it('in a text field Delete edits text but Ctrl+Z still undoes through the deck history', () => {
    const field = { mac: false, inTextField: true };
    expect(shortcutFor(key('Delete'), field)).toBeNull();
    expect(shortcutFor(key('Backspace'), { mac: true, inTextField: true })).toBeNull();
    expect(shortcutFor(key('z', { ctrlKey: true }), field)).toBe('undo');
    expect(shortcutFor(key('s', { ctrlKey: true }), field)).toBe('save');
  });

  it('leaves other keys alone', () => {
    expect(shortcutFor(key('a'), pc)).toBeNull();
    expect(shortcutFor(key('c', { ctrlKey: true }), pc)).toBeNull();
    expect(shortcutFor(key('s', { ctrlKey: true, altKey: true }), pc)).toBeNull();
  });
});

describe('slide list windowing', () => {
  it('mounts only the rows in view plus overscan, and pads for the rest', () => {
    const r = windowedRange(1000, 100, 5000, 600, 2);
    expect(r.start).toBe(48);
    expect(r.end).toBe(59);
    expect(r.padTop).toBe(4800);
    expect(r.padTop + (r.end - r.start) * 100 + r.padBottom).toBe(100_000);
  });

  it('clamps at both ends and handles an empty list', () => {
    expect(windowedRange(3, 100, 0, 600)).toEqual({ start: 0, end: 3, padTop: 0, padBottom: 0 });
    expect(windowedRange(0, 100, 0, 600)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
    const last = windowedRange(50, 100, 999_999, 600);
    expect(last.end).toBe(50);
    expect(last.padBottom).toBe(0);
  });
});
