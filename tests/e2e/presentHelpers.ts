/**
 * Helpers of the presenting specs: start a presentation through the real handler table, find the two windows, and
 * read what each slide frame shows (its current `<section>` and how many build steps are visible).
 */
import type { Frame, Page } from '@playwright/test';
import type { Deck } from '../../src-shared/deck';
import type { BriefDeckApp } from './harness/fixture';

/** Starts presenting from the editor window (as F5 / Shift+F5 do) and returns the presenter and audience pages. */
export async function startPresenting(app: BriefDeckApp, deck: Deck, fromSlide = 0): Promise<{ audience: Page; presenter: Page }> {
  const errors: string[] = [];
  app.context.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  app.context.on('weberror', (e) => errors.push(e.error().message));
  const result = await app.page.evaluate(({ deck, fromSlide }) => window.api!.startPresentation({ deck, fromSlide, atMs: Date.now() }), { deck, fromSlide });
  if ('error' in result) throw new Error(result.error.message);
  const presenter = await app.windows.waitForWindow('presenter');
  const audience = await app.windows.waitForWindow('audience');
  for (const [role, page] of [['audience', audience], ['presenter', presenter]] as const) {
    try {
      await page.locator('iframe').first().waitFor();
    } catch {
      const body = await page.locator('body').innerText().catch(() => '(closed)');
      throw new Error(`the ${role} view shows no slide frame: "${body.slice(0, 200)}"; errors: ${errors.join(' | ')}`);
    }
  }
  return { audience, presenter };
}

/** The content frame of a page's slide frame in `mode` (audience, presenter-current, presenter-next). */
export async function slideFrame(page: Page, mode: string): Promise<Frame> {
  const handle = await page.locator(`iframe[data-mode="${mode}"]`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no ${mode} slide frame`);
  return frame;
}

/** What a slide frame shows: the current section's id, visible build steps, and the black/white screen. */
export async function shown(page: Page, mode: string): Promise<{ id: string; builds: number; cover: string }> {
  const frame = await slideFrame(page, mode);
  return frame.evaluate(() => ({
    id: document.querySelector('.slides > section.present')?.id ?? '',
    builds: document.querySelectorAll('.slides > section.present .fragment.visible').length,
    cover: document.getElementById('screen-cover')?.className || 'none',
  }));
}

/** True if the canary was set in the page or any of its frames. */
export async function pwned(page: Page): Promise<boolean> {
  const values = await Promise.all(page.frames().map((f) => f.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned).catch(() => undefined)));
  return values.some((v) => v !== undefined);
}
