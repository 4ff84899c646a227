/**
 * The editor window puts the slide first: a large slide, the slide list, and the inspector and notes in panes that
 * can be shown, hidden and resized; the toolbar stays on one line at 1280 px; bullet boxes in the form show all their
 * text at every width. Screenshots at 1280×800 and 1920×1080, in the light and dark deck themes (and one while a
 * bullet is edited on the slide), go to docs/images/ for a person to look at.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness/fixture';
import { createFromTemplate, previewSlide, slideRow } from './editorSteps';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

const stageWidth = async (page: Page) => (await page.locator('.preview-stage').boundingBox())!.width;
const toggle = (page: Page, name: string) => page.getByRole('group', { name: 'Panes' }).getByRole('button', { name });
const handle = (page: Page, name: string) => page.getByRole('separator', { name });
const valueOf = async (separator: Locator) => Number(await separator.getAttribute('aria-valuenow'));

/** Drags `separator` by (dx, dy) px with the mouse. */
async function drag(page: Page, separator: Locator, dx: number, dy: number): Promise<void> {
  const box = (await separator.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2);
  await page.mouse.move(x + dx, y + dy);
  await page.mouse.up();
}

/** Every bullet box of the form shows all its text: nothing scrolled out of sight. */
async function bulletBoxesFit(page: Page): Promise<boolean> {
  return page.locator('textarea.bd-bullet-text').evaluateAll((boxes) => boxes.every((b) => b.scrollHeight <= b.clientHeight + 1));
}

test('panes show, hide and resize; the toolbar keeps one line at 1280 px; bullet boxes grow with their text', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize(SIZES[0]);
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 4).click();
  await expect(previewSlide(page).locator('[data-bd-field="title"]')).toContainText('Context');

  // One line of toolbar buttons, Present included, inside the window.
  const buttons = page.getByRole('toolbar', { name: 'BriefDeck' }).getByRole('button');
  const boxes = await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right })));
  expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
  expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(1280);

  // Bullet boxes: a long bullet takes several lines in the inspector, fewer when the inspector is wider.
  const long = page.getByLabel('Bullets: bullet 2, level 1');
  const lineHeight = await page.getByLabel('Bullets: bullet 1, level 1').evaluate((e) => e.getBoundingClientRect().height);
  const tall = (await long.boundingBox())!.height;
  expect(tall).toBeGreaterThan(lineHeight * 2);
  expect(await bulletBoxesFit(page)).toBe(true);

  // Hide and show the inspector: the slide takes the room.
  const narrow = await stageWidth(page);
  await toggle(page, 'Inspector').click();
  await expect(page.getByRole('region', { name: 'Slide editor' })).toHaveCount(0);
  await expect(toggle(page, 'Inspector')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => stageWidth(page)).toBeGreaterThan(narrow + 100);
  await toggle(page, 'Inspector').click();
  await expect(page.getByRole('region', { name: 'Slide editor' })).toBeVisible();

  // Notes and the slide list hide and come back the same way.
  await toggle(page, 'Notes').click();
  await expect(page.getByRole('region', { name: 'Speaker notes' })).toHaveCount(0);
  await toggle(page, 'Notes').click();
  await expect(page.getByRole('region', { name: 'Speaker notes' })).toBeVisible();
  await toggle(page, 'Slides').click();
  await expect(page.getByRole('listbox', { name: 'Slide list' })).toHaveCount(0);
  await toggle(page, 'Slides').click();
  await expect(page.getByRole('listbox', { name: 'Slide list' })).toBeVisible();

  // Drag the inspector's handle 120 px to the left: the inspector is 120 px wider, the bullet box shorter.
  const inspector = handle(page, 'Resize the inspector');
  const before = await valueOf(inspector);
  const editorBox = async () => (await page.getByRole('region', { name: 'Slide editor' }).boundingBox())!.width;
  const widthBefore = await editorBox();
  await drag(page, inspector, -120, 0);
  await expect.poll(() => valueOf(inspector)).toBe(before + 120);
  await expect.poll(editorBox).toBeGreaterThan(widthBefore + 100);
  await expect.poll(async () => (await long.boundingBox())!.height).toBeLessThan(tall);
  expect(await bulletBoxesFit(page)).toBe(true);

  // The keyboard resizes too (the window splitter pattern): the slide list by 16 px an arrow press.
  const list = handle(page, 'Resize the slide list');
  const listBefore = await valueOf(list);
  await list.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => valueOf(list)).toBe(listBefore + 16);
  await page.keyboard.press('ArrowLeft');

  // The notes grow when their handle is dragged up.
  const notes = handle(page, 'Resize the speaker notes');
  const notesBefore = await valueOf(notes);
  await drag(page, notes, 0, -60);
  await expect.poll(() => valueOf(notes)).toBe(notesBefore + 60);
  await drag(page, notes, 0, 60);
  await drag(page, inspector, 120, 0);
  await expect.poll(() => valueOf(inspector)).toBe(before);

  // Screenshots, light and dark, at both sizes; one while a bullet is edited on the slide.
  for (const theme of ['light', 'dark'] as const) {
    if (theme === 'dark') {
      await page.getByRole('button', { name: 'Deck settings' }).click();
      await page.getByLabel('Theme').selectOption('briefing-dark');
      await page.getByRole('button', { name: 'Save settings' }).click();
      // The slide frame has taken the dark theme before anything is shot.
      const slideBackground = () => previewSlide(page).evaluate((el) => getComputedStyle(el.closest('.reveal')!).backgroundColor);
      await expect.poll(slideBackground).not.toBe('rgb(255, 255, 255)');
    }
    for (const size of SIZES) {
      await page.setViewportSize(size);
      expect(await bulletBoxesFit(page)).toBe(true);
      await page.frameLocator('.preview-stage iframe').locator('body').evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: `docs/images/editor-${size.width}x${size.height}-${theme}.png` });
    }
    await previewSlide(page).locator('[data-bd-field="bullets.1.text"]').click();
    await expect(page.locator('.bd-on-slide-editor')).toBeFocused();
    await page.screenshot({ path: `docs/images/editor-on-slide-${theme}.png` });
    await page.keyboard.press('Escape');
    await page.setViewportSize(SIZES[0]);
  }
});
