/**
 * How the editor looks, and whether everyone can use it: screenshots of the gallery, the editor and the preview in
 * the light and dark themes (saved under tests/artifacts/ for a person to look at), and axe-core scans of each
 * screen with no serious or critical violations.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, REPO_ROOT } from './harness/fixture';
import { createFromTemplate, previewSlide, seriousA11yViolations, slideRow } from './editorSteps';

const ARTIFACTS = join(REPO_ROOT, 'tests/artifacts/editor');

test.beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
});

test('gallery: one card per template with thumbnail, purpose, slide count and arguments; no serious a11y issues', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const cards = page.getByRole('list', { name: 'Templates' }).getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  const templates = await page.evaluate(() => window.api!.listTemplates({}));
  const count = 'templates' in templates ? templates.templates.length : 0;
  expect(count).toBeGreaterThanOrEqual(7);
  await expect(cards).toHaveCount(count + 1);
  const full = page.locator('[data-template-id="full-briefing"]');
  await expect(full.getByRole('heading', { name: 'Full briefing' })).toBeVisible();
  await expect(full).toContainText('13 slides');
  await expect(full).toContainText(/Gaza|Hamas|Syria/);
  // The thumbnail is a static document: a sandboxed iframe with no permissions at all.
  const thumb = full.locator('iframe.thumb-frame');
  await expect(thumb).toHaveAttribute('sandbox', '');
  await expect(page.frameLocator('[data-template-id="full-briefing"] iframe').locator('section')).toContainText('Turkey and Iran');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(ARTIFACTS, 'gallery.png') });
  expect(await seriousA11yViolations(page)).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`editor and preview in the ${theme} theme; no serious a11y issues`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await createFromTemplate(page, 'full-briefing');
    if (theme === 'dark') {
      await page.getByRole('button', { name: 'Deck settings' }).click();
      await page.getByLabel('Theme').selectOption('briefing-dark');
      await page.getByRole('button', { name: 'Save settings' }).click();
    }
    await slideRow(page, 2).click();
    await expect(previewSlide(page)).toContainText('Bottom line up front');
    // The classification banner shows above the editor.
    await expect(page.getByRole('note', { name: /Classification: UNCLASSIFIED/ })).toBeVisible();
    await page.frameLocator('.preview-stage iframe').locator('body').evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: join(ARTIFACTS, `editor-${theme}.png`) });
    await page.locator('.preview-stage').screenshot({ path: join(ARTIFACTS, `preview-${theme}.png`) });
    const bg = await page.frameLocator('.preview-stage iframe').locator('.reveal .slides > section.present').evaluate((el) => getComputedStyle(el.closest('.reveal')!).backgroundColor);
    if (theme === 'dark') expect(bg).not.toBe('rgb(255, 255, 255)');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
}
