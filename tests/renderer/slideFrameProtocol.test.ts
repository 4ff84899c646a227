import { describe, expect, it } from 'vitest';
import { parseFrameMessage, parseParentMessage } from '../../src-renderer/slideFrame/protocol';

const render = { type: 'render', sections: ['<section>a</section>', '<section>b</section>'], theme: 'briefing-light', dir: 'ltr', lang: 'en', mode: 'preview' };

describe('slide frame protocol guards', () => {
  it('accepts the parent messages of the protocol', () => {
    expect(parseParentMessage(render)).toEqual(render);
    expect(parseParentMessage({ ...render, indexh: 3, fragment: 'all' })).toMatchObject({ indexh: 3, fragment: 'all' });
    expect(parseParentMessage({ type: 'goto', indexh: 7, fragment: 2 })).toEqual({ type: 'goto', indexh: 7, fragment: 2 });
    expect(parseParentMessage({ type: 'next', extra: 'ignored' })).toEqual({ type: 'next' });
    expect(parseParentMessage({ type: 'blackout', value: 'white' })).toEqual({ type: 'blackout', value: 'white' });
    expect(parseParentMessage({ type: 'overview', value: true })).toEqual({ type: 'overview', value: true });
  });

  it('refuses anything else: reveal.js postMessage calls, wrong types, unknown modes, bad indices', () => {
    for (const bad of [
      null,
      '{"method":"slide","args":[3]}',
      { method: 'slide', args: [3] },
      { namespace: 'reveal', eventName: 'slidechanged' },
      { ...render, mode: 'speaker' },
      { ...render, dir: 'auto' },
      { ...render, sections: 42 },
      { ...render, sections: '<section>a</section>' },
      { ...render, sections: ['<section>a</section>', 7] },
      { ...render, theme: 'x" onload="y' },
      { ...render, theme: 'two words' },
      { type: 'goto', indexh: -1 },
      { type: 'goto', indexh: 1.5 },
      { type: 'goto', indexh: 2, fragment: 'some' },
      { type: 'blackout', value: 'red' },
      { type: 'overview', value: 'yes' },
      [render],
    ]) {
      expect(parseParentMessage(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('accepts the frame replies and normalises key messages', () => {
    expect(parseFrameMessage({ type: 'state', indexh: 2, indexf: 1, total: 12, fragmentsTotal: 3, overview: false })).toMatchObject({ indexh: 2 });
    expect(parseFrameMessage({ type: 'key', key: 'PageDown', code: 'PageDown', shiftKey: 'yes' })).toEqual({
      type: 'key', key: 'PageDown', code: 'PageDown', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false,
    });
    expect(parseFrameMessage({ type: 'state', indexh: 2, indexf: 1, total: '12', fragmentsTotal: 3, overview: false })).toBeNull();
    expect(parseFrameMessage({ type: 'key', key: 'x'.repeat(100), code: 'KeyX' })).toBeNull();
    expect(parseFrameMessage({ type: 'select', indexh: -3 })).toBeNull();
  });
});
