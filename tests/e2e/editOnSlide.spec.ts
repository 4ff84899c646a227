/**
 * Editing on the slide: a click on a text of the large slide opens a text box over it; what is typed shows on the
 * slide and in the form at once, and Undo takes it back (one history). Enter starts a new bullet, Tab and Shift+Tab
 * indent and outdent it, Esc leaves. A deck text that is markup stays text while it is edited on the slide.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixture';
import { createFromTemplate, previewSlide, slideRow } from './editorSteps';

const editor = (page: Page) => page.getByRole('region', { name: 'Slide editor' });
const onSlideBox = (page: Page) => page.locator('.bd-on-slide-editor');
/** The text of slide `field` in the preview frame (the markup's `data-bd-field`). */
const slideField = (page: Page, field: string) => previewSlide(page).locator(`[data-bd-field="${field}"]`);

test('click the title on the slide, type: the slide and the form show it; undo restores it', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 4).click();
  const title = await editor(page).getByLabel('Slide title').inputValue();
  await expect(slideField(page, 'title')).toHaveText(`(U) ${title}`); // the preview has moved to the slide
  await slideField(page, 'title').click();
  const box = onSlideBox(page);
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(title);
  await expect(box).toHaveAccessibleName('Edit on the slide: Slide title');
  await page.keyboard.type(' (revised)');
  await expect(editor(page).getByLabel('Slide title')).toHaveValue(`${title} (revised)`);
  await expect(slideField(page, 'title')).toHaveText(`(U) ${title} (revised)`);
  await page.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
  // The burst is one undo step, as typing in the form is.
  await page.keyboard.press('Control+Z');
  await expect(editor(page).getByLabel('Slide title')).toHaveValue(title);
  await expect(slideField(page, 'title')).toHaveText(`(U) ${title}`);
});
