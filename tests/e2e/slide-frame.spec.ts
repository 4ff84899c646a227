/**
 * The sandboxed slide frame (slide-frame.html) on its own: its origin is opaque (no window.api, no access to the
 * app's DOM), it obeys only its parent, reveal.js's postMessage API is off, a re-render keeps the slide and build
 * step and replaces only the slides that changed, and links in slides never navigate.
 */
import type { Page } from '@playwright/test';
import { createSlideRenderer } from '../../src-shared/render';
import { presentDeck } from '../shared/presentDeckFixture';
import { expect, test } from './harness/fixture';

type W = Window & { __frameStates: unknown[]; __frame: HTMLIFrameElement };

/** Adds `<iframe sandbox="allow-scripts" src="slide-frame.html">` to the editor page and waits for its `ready`. */
async function mountFrame(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const w = window as unknown as W;
    w.__frameStates = [];
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-scripts');
    frame.src = './slide-frame.html';
    frame.style.cssText = 'position:fixed;inset:0;width:640px;height:360px;z-index:9999;border:0';
    w.__frame = frame;
    const ready = new Promise<void>((resolve) => {
      window.addEventListener('message', (e) => {
        if (e.source !== frame.contentWindow) return;
        if (e.data?.type === 'ready') resolve();
        w.__frameStates.push(e.data);
      });
    });
    document.body.append(frame);
    await ready;
  });
}

const send = (page: Page, message: unknown) => page.evaluate((m) => (window as unknown as W).__frame.contentWindow!.postMessage(m, '*'), message);
const lastState = (page: Page) => page.evaluate(() => (window as unknown as W).__frameStates.filter((s: any) => s.type === 'state').at(-1));
const frameOf = (page: Page) => page.frames().find((f) => f.url().endsWith('/slide-frame.html'))!;
const deck = presentDeck();
const sections = (d = deck) => createSlideRenderer(d, { includeHidden: true, includeNotes: false }).sections();
const render = (extra: object = {}) => ({ type: 'render', sections: sections(), theme: deck.theme, dir: 'ltr', lang: 'en', mode: 'preview', ...extra });

test('the frame has an opaque origin: no window.api, no access to the app', async ({ app }) => {
  await mountFrame(app.page);
  const probe = await frameOf(app.page).evaluate(() => {
    const attempt = (read: () => unknown): string => {
      try {
        return typeof read();
      } catch {
        return 'blocked'; // cross-origin: expected
      }
    };
    return {
      origin: window.origin,
      api: typeof (window as unknown as { api?: unknown }).api,
      parentDom: attempt(() => window.parent.document.body),
      parentApi: attempt(() => (window.parent as unknown as { api?: unknown }).api),
    };
  });
  expect(probe).toEqual({ origin: 'null', api: 'undefined', parentDom: 'blocked', parentApi: 'blocked' });
});

test('renders, steps through builds, and re-renders a changed slide without losing the position', async ({ app }) => {
  await mountFrame(app.page);
  await send(app.page, render({ indexh: 2, fragment: 2 }));
  await expect.poll(() => lastState(app.page)).toEqual({ type: 'state', indexh: 2, indexf: 2, total: 12, fragmentsTotal: 3, overview: false });
  const frame = frameOf(app.page);
  // Mark each slide's content; a re-render must replace only the content of the slide that changed.
  await frame.evaluate(() => document.querySelectorAll('.slides > section').forEach((s, i) => ((s.firstElementChild as unknown as { __mark: number }).__mark = i)));

  const edited = { ...deck, slides: deck.slides.map((s, i) => (i === 2 ? { ...s, title: 'Key judgments (revised)' } : s)) };
  await send(app.page, { ...render(), sections: sections(edited) });
  await expect(frame.locator('section.present h2')).toHaveText('Key judgments (revised)');
  expect(await lastState(app.page)).toMatchObject({ indexh: 2, indexf: 2 });
  const marks = await frame.evaluate(() => [...document.querySelectorAll('.slides > section')].map((s) => (s.firstElementChild as unknown as { __mark?: number }).__mark ?? null));
  expect(marks).toEqual([0, 1, null, 3, 4, 5, 6, 7, 8, 9, 10, 11]); // only slide 3 was re-rendered

  // An edit to another slide keeps the current slide and its builds; adding a slide re-syncs and keeps them too.
  const otherEdited = { ...edited, slides: edited.slides.map((s, i) => (i === 7 ? { ...s, title: 'Slide 8 (revised)' } : s)) };
  await send(app.page, { ...render(), sections: sections(otherEdited) });
  await expect(frame.locator('.slides > section').nth(7).locator('h2')).toHaveText('Slide 8 (revised)');
  expect(await lastState(app.page)).toMatchObject({ indexh: 2, indexf: 2, total: 12 });
  const longer = { ...otherEdited, slides: [...otherEdited.slides, { ...otherEdited.slides[1], id: 's13', title: 'Slide 13' }] };
  await send(app.page, { ...render(), sections: sections(longer) });
  await expect.poll(() => lastState(app.page)).toMatchObject({ indexh: 2, indexf: 2, total: 13 });

  await send(app.page, { type: 'next' });
  await expect.poll(() => lastState(app.page)).toMatchObject({ indexh: 2, indexf: 3 });
  await send(app.page, { type: 'goto', indexh: 4 });
  await expect.poll(() => lastState(app.page)).toMatchObject({ indexh: 4, indexf: 0 }); // a hidden slide is reachable
  await app.page.screenshot({ path: 'tests/artifacts/slide-frame-preview.png' });
});

test('the frame ignores messages that are not from its parent, and reveal.js postMessage API is off', async ({ app }) => {
  await mountFrame(app.page);
  await send(app.page, render({ indexh: 1 }));
  await expect.poll(() => lastState(app.page)).toMatchObject({ indexh: 1 });
  const frame = frameOf(app.page);
  // From the frame itself (as injected slide content would try), and reveal.js's own postMessage API from the parent.
  await frame.evaluate(() => window.postMessage({ type: 'goto', indexh: 6 }, '*'));
  await send(app.page, JSON.stringify({ method: 'slide', args: [6] }));
  await send(app.page, { type: 'goto', indexh: 'six' });
  // A message the frame obeys, sent last: the frame handles its messages in order, so once it has acted on this one
  // any wrongly accepted message before it would have acted too.
  await send(app.page, { type: 'goto', indexh: 3 });
  await expect.poll(() => lastState(app.page)).toMatchObject({ indexh: 3 });
  const visited = await app.page.evaluate(() => (window as unknown as W).__frameStates.filter((s: any) => s.type === 'state').map((s: any) => s.indexh));
  expect(visited).not.toContain(6);
  expect(await frame.evaluate(() => document.querySelector('.slides > section.present')?.id)).toBe('slide-s4');
});

test('a link in a slide never navigates the frame, and the canary never runs', async ({ app }) => {
  await mountFrame(app.page);
  const linked = presentDeck({
    slides: presentDeck().slides.map((s, i) => (i === 1 && s.layout === 'bullets' ? { ...s, bullets: [{ text: '[source](https://example.com/report)', level: 0, fragment: false }] } : s)),
  });
  await send(app.page, { ...render({ indexh: 1 }), sections: sections(linked) });
  const frame = frameOf(app.page);
  await frame.locator('section.present a').click();
  await send(app.page, { type: 'goto', indexh: 5 });
  await expect(frame.locator('section.present h2')).toContainText('<script>');
  // One more round trip after the click: the same document still answers its parent.
  await send(app.page, { type: 'goto', indexh: 1 });
  await expect.poll(() => lastState(app.page)).toMatchObject({ indexh: 1 });
  expect(frameOf(app.page)?.url()).toMatch(/\/slide-frame\.html$/);
  expect(await frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(app.externalRequests).toEqual([]);
});
