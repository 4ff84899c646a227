/**
 * The map layout in the editor: the full briefing's region map slide, its form (extent, highlighted countries,
 * points) and the preview, with bad values shown as field errors that never reach the deck. The real renderer
 * against the real main-process handlers, in Chromium; screenshots go to tests/artifacts/.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixture';
import { createFromTemplate, previewSlide, seriousA11yViolations, slideRow } from './editorSteps';

const editor = (page: Page) => page.getByRole('region', { name: 'Slide editor' });

test('the region map: the form edits the map, the preview draws it, bad values are field errors', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 3).click();
  const ed = editor(page);
  await expect(ed.getByLabel('Slide title')).toHaveValue("Where Ankara's and Tehran's interests meet");
  const map = previewSlide(page).locator('.bd-map-drawing svg');
  await expect(map.locator('text', { hasText: 'Ankara' })).toHaveCount(1);
  await expect(map.locator('path[data-country="Palestine"]')).toHaveCount(1);

  // A point: a latitude outside ±90 is refused at the field; the deck keeps the last good value.
  const lat = ed.getByLabel('Point 1 latitude');
  await lat.fill('95');
  await expect(ed.getByRole('alert').filter({ hasText: 'Point 1 latitude: must be between -90 and 90' })).toBeVisible();
  await expect(lat).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled();
  await lat.fill('39.9');
  await expect(ed.getByRole('alert').filter({ hasText: 'Point 1 latitude' })).toHaveCount(0);

  // A new label reaches the preview as text.
  await ed.getByLabel('Point 1 label').fill('Ankara (capital)');
  await expect(map.locator('text', { hasText: 'Ankara (capital)' })).toHaveCount(1);

  // A country the data does not know is a field error beside the name; the map still draws.
  await ed.getByRole('button', { name: '+ Add country' }).click();
  await ed.getByLabel('Country 9', { exact: true }).fill('Atlantis');
  await expect(ed.getByRole('alert').filter({ hasText: '"Atlantis" is not a country of the map data' })).toBeVisible();
  await ed.getByLabel('Country 9', { exact: true }).fill('Jordan');
  await ed.getByLabel('Role of country 9').fill('Neighbour');
  await ed.getByLabel('Colour of country 9').selectOption('purple');
  await expect(ed.getByRole('alert').filter({ hasText: 'is not a country' })).toHaveCount(0);
  await expect(map.locator('path[data-country="Jordan"]')).toHaveAttribute('fill', /^#/);
  await expect(map.locator('text', { hasText: 'Neighbour' })).toHaveCount(1);

  // A bounding box: west past east is refused at the field; a good box redraws the map.
  const turkey = map.locator('path[data-country="Turkey"]');
  const before = await turkey.getAttribute('d');
  await ed.getByLabel('Extent').selectOption('box');
  const west = ed.getByLabel('West', { exact: true });
  await expect(west).toHaveValue('24');
  await west.fill('70');
  await expect(ed.getByRole('alert').filter({ hasText: 'West: west must be less than its east' })).toBeVisible();
  await west.fill('36');
  await ed.getByLabel('East', { exact: true }).fill('50');
  await expect(ed.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => turkey.getAttribute('d')).not.toBe(before);
  await expect(map.locator('path[data-country="Azerbaijan"]')).toHaveCount(1);
  await page.screenshot({ path: 'tests/artifacts/map-form.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);
});
