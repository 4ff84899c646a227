import { describe, expect, it } from 'vitest';
import type { PresentStatus } from '../../src-shared/ipc';
import type { AppWindows, OpenWindowOptions } from '../../src-main/services/ports/appWindows';
import { dispatchInvoke } from '../../src-main/handlers/dispatchInvoke';
import type { HandlerContext, HandlerTable } from '../../src-main/handlers/handlerTypes';
import { createPresentHandlers } from '../../src-main/handlers/presentHandlers';
import type { Services } from '../../src-main/services/ports/serviceTypes';
import { presentDeck } from '../shared/presentDeckFixture';

/** AppWindows that records what presenting asks of it. */
function fakeWindows() {
  const opened: OpenWindowOptions[] = [];
  const closed: string[] = [];
  const broadcasts: PresentStatus[] = [];
  const closeListeners: ((id: string) => void)[] = [];
  const ids = new Set(['main']);
  const windows: AppWindows = {
    async open(options) {
      opened.push(options);
      const id = `${options.role}-${opened.length}`;
      ids.add(id);
      return id;
    },
    async close(id) {
      if (ids.delete(id)) closed.push(id);
    },
    list: () => [...ids],
    broadcast: (event, payload) => {
      if (event === 'present:state') broadcasts.push(payload as PresentStatus);
    },
    onClosed(listener) {
      closeListeners.push(listener);
      return () => undefined;
    },
  };
  const userCloses = (id: string) => {
    ids.delete(id);
    closeListeners.forEach((l) => l(id));
  };
  return { windows, opened, closed, broadcasts, userCloses };
}

const T0 = Date.UTC(2026, 10, 29, 17, 0, 0);
const ctx = (windowId: string): HandlerContext => ({ windowId, emit: () => undefined });

function setup() {
  const fake = fakeWindows();
  const handlers = createPresentHandlers({ windows: fake.windows } as unknown as Services, () => T0) as unknown as HandlerTable;
  const call = (channel: string, args: unknown, from = 'main') => dispatchInvoke(handlers, channel, args, ctx(from)) as Promise<any>;
  return { ...fake, call };
}

describe('presentation service through the handler table', () => {
  it('opens the presenter, then the audience fullscreen on an external display, and starts the timer', async () => {
    const { call, opened } = setup();
    const snap = await call('present:start', { deck: presentDeck(), fromSlide: 3, atMs: T0 - 1000 });
    expect(snap.active).toBe(true);
    expect(snap.deck.slides).toHaveLength(12);
    expect(snap.state).toMatchObject({ slideIndex: 3, fragmentIndex: 0, startedAt: T0 - 1000 });
    expect(opened.map((o) => [o.role, o.route, o.fullscreen, o.preferExternalDisplay])).toEqual([
      ['presenter', '#/present/presenter', false, false],
      ['audience', '#/present/audience', true, true],
    ]);
  });

  it('applies actions from either window to one state and broadcasts each change', async () => {
    const { call, broadcasts } = setup();
    await call('present:start', { deck: presentDeck(), fromSlide: 1 });
    await call('present:dispatch', { action: { type: 'next' } }, 'audience-2');
    await call('present:dispatch', { action: { type: 'next' } }, 'presenter-1');
    const last = await call('present:getState', {}, 'audience-2');
    expect([last.state.slideIndex, last.state.fragmentIndex]).toEqual([2, 1]);
    expect(broadcasts.map((b) => [b.state?.slideIndex, b.state?.fragmentIndex])).toEqual([[1, 0], [2, 0], [2, 1]]);
    expect(broadcasts.map((b) => b.revision)).toEqual([1, 2, 3]);
  });

  it('does not broadcast an action that changes nothing', async () => {
    const { call, broadcasts } = setup();
    await call('present:start', { deck: presentDeck(), fromSlide: 0 });
    await call('present:dispatch', { action: { type: 'prev' } });
    expect(broadcasts).toHaveLength(1);
  });

  it('rejects malformed actions and actions with no presentation running', async () => {
    const { call } = setup();
    expect((await call('present:dispatch', { action: { type: 'next' } })).error.code).toBe('not-found');
    await call('present:start', { deck: presentDeck(), fromSlide: 0 });
    expect((await call('present:dispatch', { action: { type: 'goto', slideIndex: -1 } })).error.code).toBe('invalid-request');
    expect((await call('present:dispatch', { action: { type: 'eval', code: 'x' } })).error.code).toBe('invalid-request');
    expect((await call('present:dispatch', { action: { type: 'next' }, extra: 1 })).error.code).toBe('invalid-request');
  });

  it('stops on Esc: closes both windows and remembers the last slide shown', async () => {
    const { call, closed, broadcasts } = setup();
    await call('present:start', { deck: presentDeck(), fromSlide: 0 });
    await call('present:dispatch', { action: { type: 'goto', slideIndex: 6 } });
    const status = await call('present:stop', {}, 'audience-2');
    expect(status).toMatchObject({ active: false, state: null, lastSlideIndex: 6 });
    expect(closed.sort()).toEqual(['audience-2', 'presenter-1']);
    expect(broadcasts.at(-1)).toMatchObject({ active: false, lastSlideIndex: 6 });
  });

  it('Esc with the overview open closes the overview in main, whatever the window believed; Esc again ends the show', async () => {
    const { call, closed } = setup();
    await call('present:start', { deck: presentDeck(), fromSlide: 0 });
    await call('present:dispatch', { action: { type: 'overview' } }, 'presenter-1');
    const first = await call('present:stop', { overviewFirst: true }, 'presenter-1');
    expect(first).toMatchObject({ active: true, state: { overview: false } });
    expect(closed).toEqual([]);
    const second = await call('present:stop', { overviewFirst: true }, 'presenter-1');
    expect(second).toMatchObject({ active: false });
    expect(closed.sort()).toEqual(['audience-2', 'presenter-1']);
  });

  it('ends the presentation when the user closes one of its windows', async () => {
    const { call, closed, userCloses } = setup();
    await call('present:start', { deck: presentDeck(), fromSlide: 0 });
    userCloses('audience-2');
    await new Promise((r) => setTimeout(r, 0));
    expect(closed).toEqual(['presenter-1']);
    expect((await call('present:getState', {})).active).toBe(false);
  });
});
