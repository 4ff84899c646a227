/**
 * The editor window puts the slide first: a large slide, the slide list, and the inspector and notes in panes that
 * can be shown, hidden and resized; the toolbar stays on one line at 1280 px. Screenshots at 1280×800 and 1920×1080,
 * in the light and dark deck themes, go to docs/images/ for a person to look at.
 */
import { expect, test } from './harness/fixture';
import { createFromTemplate, previewSlide, slideRow } from './editorSteps';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

test('screenshots of the editor, slide first, at 1280×800 and 1920×1080, light and dark', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize(SIZES[0]);
  await createFromTemplate(page, 'full-briefing');
  for (const theme of ['light', 'dark'] as const) {
    if (theme === 'dark') {
      await page.getByRole('button', { name: 'Deck settings' }).click();
      await page.getByLabel('Theme').selectOption('briefing-dark');
      await page.getByRole('button', { name: 'Save settings' }).click();
    }
    await slideRow(page, 4).click();
    await expect(previewSlide(page).locator('[data-bd-field="title"]')).toContainText('Context');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.frameLocator('.preview-stage iframe').locator('body').evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: `docs/images/editor-${size.width}x${size.height}-${theme}.png` });
    }
  }
});
