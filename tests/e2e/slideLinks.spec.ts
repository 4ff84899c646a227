/**
 * A link to another slide, end to end: inserted in a bullet with "Link to slide…", shown as a link in the live
 * preview, and followed by a click inside the sandboxed frame (the editor selects the target slide; the frame never
 * navigates). Undo removes the link like any edit of the field.
 */
import { expect, test } from './harness/fixture';
import type { Slide } from '../../src-shared/deck';
import { presentDeck } from '../shared/presentDeckFixture';
import { createFromTemplate, previewSlide, slideRow } from './editorSteps';
import { pwned, shown, slideFrame, startPresenting } from './presentHelpers';

test('Link to slide… inserts a link in the focused bullet, and a click in the preview goes to that slide', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await createFromTemplate(page, 'full-briefing');
  const ed = page.getByRole('region', { name: 'Slide editor' });
  await slideRow(page, 2).click();
  const targetTitle = await ed.getByLabel('Slide title').inputValue();
  const targetId = await ed.getAttribute('data-slide-id');
  await slideRow(page, 4).click();
  const bullet = ed.getByLabel('Bullets: bullet 1, level 1');
  const before = await bullet.inputValue();
  await bullet.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' — see ');
  await ed.getByRole('button', { name: 'Link to slide…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link to slide' });
  await dialog.screenshot({ path: 'tests/artifacts/slide-links-picker.png' });
  await dialog.getByRole('button', { name: new RegExp(`^2\\. ${targetTitle.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await expect(dialog).toBeHidden();
  await expect(bullet).toHaveValue(`${before} — see [${targetTitle}](#slide:${targetId})`);

  const link = previewSlide(page).locator('a.bd-slide-link');
  await expect(link).toHaveText(targetTitle);
  await expect(link).toHaveAttribute('data-bd-slide-id', targetId!);
  await page.screenshot({ path: 'tests/artifacts/slide-links-editor.png' });
  const frameUrl = page.frames().find((f) => f.url().includes('slide-frame'))?.url();
  await link.click();
  await expect(ed.getByRole('heading', { level: 2 })).toHaveText(/^Slide 2 of \d+/);
  await expect(previewSlide(page)).toHaveAttribute('data-slide-id', targetId!);
  expect(page.frames().find((f) => f.url().includes('slide-frame'))?.url()).toBe(frameUrl);

  await slideRow(page, 4).click();
  await page.getByRole('button', { name: /^Undo / }).click();
  await expect(ed.getByLabel('Bullets: bullet 1, level 1')).not.toHaveValue(/#slide:/);
});

test('presenting: a click on a slide link in the presenter view takes both windows to that slide', async ({ app }) => {
  const deck = presentDeck();
  const from = deck.slides[6] as Extract<Slide, { layout: 'bullets' }>;
  from.bullets[0] = { ...from.bullets[0], fragment: false, text: '[Back to BLUF](#slide:s2) [x](#slide:"onclick="window.__pwned=1)' };
  const { audience, presenter } = await startPresenting(app, deck, 6);
  await expect.poll(() => shown(audience, 'audience')).toMatchObject({ id: 'slide-s7' });
  const frame = await slideFrame(presenter, 'presenter-current');
  await frame.locator('section.present a.bd-slide-link').click();
  await expect.poll(() => shown(presenter, 'presenter-current')).toMatchObject({ id: 'slide-s2' });
  await expect.poll(() => shown(audience, 'audience')).toMatchObject({ id: 'slide-s2' });
  expect(await pwned(presenter)).toBe(false);
  expect(await pwned(audience)).toBe(false);
});
