/**
 * Presenting : the audience and presenter windows are two pages bound to ONE handler table,
 * so they share one presentation state through the real main-process service, as two Electron windows do.
 */
import AxeBuilder from '@axe-core/playwright';
import { presentDeck } from '../shared/presentDeckFixture';
import { expect, test } from './harness/fixture';
import { pwned, shown, slideFrame, startPresenting } from './presentHelpers';

const both = async (audience: import('@playwright/test').Page, presenter: import('@playwright/test').Page) => ({
  audience: await shown(audience, 'audience'),
  presenter: await shown(presenter, 'presenter-current'),
});

test('advancing from either window keeps both on the same slide and build step', async ({ app }) => {
  const { audience, presenter } = await startPresenting(app, presentDeck(), 1);
  await expect.poll(() => both(audience, presenter)).toMatchObject({ audience: { id: 'slide-s2' }, presenter: { id: 'slide-s2' } });

  await audience.keyboard.press('PageDown'); // clicker: next slide (3, key judgments, no build shown)
  await presenter.keyboard.press('ArrowRight'); // build 1
  await audience.locator('iframe').click(); // focus inside the audience's slide frame: keys are forwarded from there
  await audience.keyboard.press(' '); // build 2
  const expected = { id: 'slide-s3', builds: 2, cover: 'none' };
  await expect.poll(() => both(audience, presenter)).toEqual({ audience: expected, presenter: expected });
  await expect(presenter.getByTestId('position')).toContainText('Slide 3 of 12 · build 2 of 3');
  // The presenter's "next" pane shows the next build step of the same slide.
  await expect.poll(() => shown(presenter, 'presenter-next')).toMatchObject({ id: 'slide-s3', builds: 3 });

  await presenter.keyboard.press('PageUp');
  await expect.poll(() => both(audience, presenter)).toEqual({ audience: { ...expected, builds: 1 }, presenter: { ...expected, builds: 1 } });
});

test('B and . black the audience screen out, W whites it out, from either window', async ({ app }) => {
  const { audience, presenter } = await startPresenting(app, presentDeck(), 0);
  await presenter.keyboard.press('b');
  await expect.poll(async () => (await shown(audience, 'audience')).cover).toBe('black');
  await expect(presenter.getByTestId('position')).toContainText('Black screen');
  await audience.screenshot({ path: 'tests/artifacts/present-audience-black.png' });
  await audience.keyboard.press('.');
  await expect.poll(async () => (await shown(audience, 'audience')).cover).toBe('none');
  await audience.keyboard.press('w');
  await expect.poll(async () => (await shown(audience, 'audience')).cover).toBe('white');
  await presenter.keyboard.press('W');
  await expect.poll(async () => (await shown(audience, 'audience')).cover).toBe('none');
});

test('typing 7 then Enter goes to slide 7; hidden slides are skipped in sequence but reachable by number', async ({ app }) => {
  const { audience, presenter } = await startPresenting(app, presentDeck(), 0);
  await audience.keyboard.press('7');
  await expect(presenter.getByRole('status').filter({ hasText: 'Go to slide' })).toHaveCount(0); // typed in the other window
  await audience.keyboard.press('Enter');
  await expect.poll(() => both(audience, presenter)).toMatchObject({ audience: { id: 'slide-s7' }, presenter: { id: 'slide-s7' } });
  await expect(presenter.getByTestId('position')).toContainText('Slide 7 of 12');

  // Slide 4 -> next is slide 6: slide 5 is a hidden backup slide. Back again skips it too.
  await presenter.keyboard.press('4');
  await expect(presenter.getByText('Go to slide 4…')).toBeVisible();
  await presenter.keyboard.press('Enter');
  await presenter.keyboard.press('PageDown');
  await expect.poll(() => both(audience, presenter)).toMatchObject({ audience: { id: 'slide-s6' }, presenter: { id: 'slide-s6' } });
  await audience.keyboard.press('PageUp');
  await expect.poll(() => both(audience, presenter)).toMatchObject({ audience: { id: 'slide-s4' }, presenter: { id: 'slide-s4' } });

  // "Go to slide" reaches the hidden slide 5.
  await presenter.keyboard.press('5');
  await presenter.keyboard.press('Enter');
  await expect.poll(() => both(audience, presenter)).toMatchObject({ audience: { id: 'slide-s5' }, presenter: { id: 'slide-s5' } });
  await expect(presenter.getByTestId('position')).toContainText('hidden slide');

  // The slide strip jumps too (slide 12).
  await presenter.getByRole('navigation', { name: 'Slides' }).getByRole('button', { name: /^12/ }).click();
  await expect.poll(() => both(audience, presenter)).toMatchObject({ audience: { id: 'slide-s12' }, presenter: { id: 'slide-s12' } });
});

test('the presenter view shows notes, elapsed time, clock, and pacing behind after a simulated delay', async ({ app }) => {
  const deck = presentDeck({ pacing: { targetMinutes: 10 } });
  const { audience, presenter } = await startPresenting(app, deck, 0);
  const snapshot = await presenter.evaluate(() => window.api!.getPresentationState({}));
  if ('error' in snapshot || !snapshot.state?.startedAt) throw new Error('the presentation did not start its timer');
  const startedAt = snapshot.state.startedAt;
  await expect(presenter.getByTestId('pacing')).toHaveAttribute('data-status', 'on-time');

  // Three minutes pass on the presenter's clock (Date is fixed by Playwright; timers keep running): 10 shown slides
  // in 10 minutes gives 60 s each, so still on slide 1 the speaker is 2:00 behind.
  await presenter.clock.setFixedTime(startedAt + 3 * 60_000);
  await expect(presenter.getByTestId('pacing')).toHaveAttribute('data-status', 'behind');
  await expect(presenter.getByTestId('pacing')).toContainText('Behind by 2:00');
  await expect(presenter.getByTestId('elapsed')).toHaveText('3:00');
  await expect(presenter.getByTestId('notes')).toHaveText('Notes for slide 1: say the key point.');

  // Pause stops the elapsed time; jumping to slide 5 of the schedule (deck slide 6) puts the speaker ahead.
  await presenter.getByRole('button', { name: 'Pause' }).click();
  await presenter.clock.setFixedTime(startedAt + 4 * 60_000);
  await expect(presenter.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(presenter.getByTestId('elapsed')).toHaveText('3:00');
  await presenter.keyboard.press('7');
  await presenter.keyboard.press('Enter');
  await expect(presenter.getByTestId('pacing')).toContainText('Ahead by 2:00');

  // A target per slide, set in the presenter view, replaces the deck target.
  await presenter.getByLabel('or per slide (s)').fill('20');
  await presenter.getByLabel('or per slide (s)').press('Enter');
  await expect(presenter.getByTestId('pacing')).toContainText('Behind by 1:00');

  await presenter.getByRole('button', { name: 'Larger notes text' }).click();
  await expect(presenter.getByTestId('notes')).toHaveCSS('font-size', '24px');
  // After clicks on the view's buttons and fields, the presenting keys still work (digits, Enter, arrows).
  await presenter.keyboard.press('3');
  await presenter.keyboard.press('Enter');
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => both(audience, presenter)).toMatchObject({ audience: { id: 'slide-s3', builds: 1 }, presenter: { id: 'slide-s3', builds: 1 } });
});

test('screenshots of both views (a presentation started five minutes ago, with a 10-minute target)', async ({ app }) => {
  // The start time is the sender's clock (`atMs`), so "five minutes ago" needs no waiting and no fake clock.
  // (Playwright's page.clock stops the slide frames from repainting in screenshots, so these views run on real time.)
  const deck = presentDeck({ pacing: { targetMinutes: 10 } });
  const result = await app.page.evaluate((deck) => window.api!.startPresentation({ deck, fromSlide: 0, atMs: Date.now() - 5 * 60_000 }), deck);
  expect('error' in result).toBe(false);
  const presenter = await app.windows.waitForWindow('presenter');
  const audience = await app.windows.waitForWindow('audience');
  await presenter.setViewportSize({ width: 1440, height: 900 });
  await audience.setViewportSize({ width: 1280, height: 720 });
  await presenter.keyboard.press('3');
  await presenter.keyboard.press('Enter');
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => both(audience, presenter)).toMatchObject({ audience: { id: 'slide-s3', builds: 1 }, presenter: { id: 'slide-s3', builds: 1 } });
  // 5:00 elapsed (plus the seconds this test takes); slide 3's window on the schedule ends at 3:00.
  await expect(presenter.getByTestId('pacing')).toHaveAttribute('data-status', 'behind');
  await expect(presenter.getByTestId('pacing')).toContainText(/Behind by 2:\d\d/);
  await presenter.screenshot({ path: 'tests/artifacts/present-presenter.png' });
  await audience.screenshot({ path: 'tests/artifacts/present-audience.png' });
  await presenter.keyboard.press('o');
  await expect.poll(async () => (await slideFrame(audience, 'audience')).evaluate(() => document.querySelector('.reveal')?.classList.contains('overview'))).toBe(true);
  await audience.screenshot({ path: 'tests/artifacts/present-audience-overview.png' });
  const rtl = presentDeck({ direction: 'rtl', language: 'fa', theme: 'briefing-dark' });
  await app.page.evaluate((deck) => window.api!.startPresentation({ deck, fromSlide: 3 }), rtl);
  await expect.poll(() => both(audience, presenter)).toMatchObject({ audience: { id: 'slide-s4' }, presenter: { id: 'slide-s4' } });
  await audience.keyboard.press('ArrowLeft'); // right-to-left: the left arrow is "next"
  await expect.poll(() => both(audience, presenter)).toMatchObject({ audience: { id: 'slide-s6' }, presenter: { id: 'slide-s6' } });
  await audience.screenshot({ path: 'tests/artifacts/present-audience-rtl.png' });
});

test('a script payload in a title, bullet or notes never runs in either view, and nothing touches the network', async ({ app }) => {
  let dialogs = 0;
  app.context.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const { audience, presenter } = await startPresenting(app, presentDeck(), 5);
  await expect.poll(() => both(audience, presenter)).toMatchObject({ audience: { id: 'slide-s6' }, presenter: { id: 'slide-s6' } });
  await expect(presenter.getByTestId('notes')).toContainText('<script>window.__pwned=2</script>');
  const audienceTitle = (await slideFrame(audience, 'audience')).locator('section.present h2');
  await expect(audienceTitle).toContainText('<img src=x onerror=');
  await presenter.keyboard.press('ArrowLeft');
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('o');
  const overviewOpen = async () => (await slideFrame(audience, 'audience')).evaluate(() => document.querySelector('.reveal')?.classList.contains('overview'));
  await expect.poll(overviewOpen).toBe(true);
  // Esc with the overview open closes the overview (it does not end the show: both windows stay open).
  await presenter.keyboard.press('Escape');
  await expect.poll(overviewOpen).toBe(false);
  for (const page of [app.page, audience, presenter]) expect(await pwned(page)).toBe(false);
  expect(dialogs).toBe(0);
  expect(app.externalRequests).toEqual([]);
  expect(app.consoleErrors.filter((e) => /Content Security Policy|pageerror/i.test(e))).toEqual([]);
});

test('Esc ends the presentation: both windows close and the editor learns the last slide shown', async ({ app }) => {
  await app.page.evaluate(() => {
    (window as unknown as { __ended: number[] }).__ended = [];
    window.api!.on('present:state', (s) => s.active || (window as unknown as { __ended: number[] }).__ended.push(s.lastSlideIndex));
  });
  const { audience, presenter } = await startPresenting(app, presentDeck(), 0);
  await audience.keyboard.press('8');
  await audience.keyboard.press('Enter');
  await expect.poll(async () => (await shown(presenter, 'presenter-current')).id).toBe('slide-s8');
  // Esc closes the window on keydown, so the press's keyup can find the page gone: that is the
  // outcome under test, not a failure; any other error from the press still fails the test.
  const pressEsc = audience.keyboard.press('Escape').catch((error: unknown) => {
    if (!audience.isClosed()) throw error;
  });
  await Promise.all([audience.waitForEvent('close'), presenter.waitForEvent('close'), pressEsc]);
  await expect.poll(() => app.page.evaluate(() => (window as unknown as { __ended: number[] }).__ended)).toEqual([7]);
});

test('the presenter and audience views have no serious or critical accessibility violations (axe)', async ({ app }) => {
  const { audience, presenter } = await startPresenting(app, presentDeck({ pacing: { targetMinutes: 10 } }), 2);
  await expect.poll(() => both(audience, presenter)).toMatchObject({ audience: { id: 'slide-s3' }, presenter: { id: 'slide-s3' } });
  for (const [name, page] of [['presenter', presenter], ['audience', audience]] as const) {
    // The slides inside the sandboxed frames are the deck's own content (checked by the render tests); scan the views.
    const result = await new AxeBuilder({ page }).exclude('iframe').analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
