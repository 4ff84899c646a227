/**
 * The PowerPoint keys, multi-select and the slide list's actions, and the native menu's commands:
 * one behaviour whether it comes from a key, a button or the menu.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './harness/fixture';
import { createFromTemplate, saveAs, selectedRows, slideCount, slideRow, slideTitles } from './editorSteps';

test('Ctrl+D duplicates the selection, Delete deletes it, and Delete inside a field only edits text', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'full-briefing');
  const before = await slideTitles(page);
  await slideRow(page, 3).click();
  await page.keyboard.press('Control+D');
  await expect.poll(async () => (await slideTitles(page)).slice(0, 6)).toEqual([...before.slice(0, 3), before[2], ...before.slice(3, 5)]);
  // The copy is selected; Delete removes it again.
  await expect(slideRow(page, 4)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Delete');
  await expect.poll(() => slideCount(page)).toBe(13);
  expect((await slideTitles(page)).slice(0, 6)).toEqual(before.slice(0, 6));
  // The slide now at the deleted copy's place is focused (PowerPoint). In its title field, Delete deletes a
  // character, never a slide.
  const title = page.getByLabel('Slide title');
  await expect(title).toHaveValue(before[3]);
  await title.click();
  await title.press('Home');
  await title.press('Delete');
  await expect(title).toHaveValue(before[3].slice(1));
  expect(await slideCount(page)).toBe(13);
});

test('click, Ctrl+click and Shift+click select slides; Hide marks them as backup slides, dimmed', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 2).click();
  await slideRow(page, 4).click({ modifiers: ['Control'] });
  await expect(selectedRows(page)).toHaveCount(2);
  await slideRow(page, 6).click({ modifiers: ['Shift'] });
  await expect(selectedRows(page)).toHaveCount(3); // 4..6 from the anchor (slide 4)
  await slideRow(page, 2).click({ modifiers: ['Control'] });
  await expect(selectedRows(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Hide 4 slides (backup)' }).click();
  for (const n of [2, 4, 5, 6]) await expect(slideRow(page, n)).toHaveAccessibleName(/\(hidden\)$/);
  await expect(slideRow(page, 3)).not.toHaveAccessibleName(/\(hidden\)$/);
  expect(await slideRow(page, 2).locator('.thumb').evaluate((el) => getComputedStyle(el).opacity)).toBe('0.45');
  // One undo step shows them all again.
  await page.keyboard.press('Control+Z');
  await expect(slideRow(page, 2)).not.toHaveAccessibleName(/\(hidden\)$/);
  await expect(slideRow(page, 6)).not.toHaveAccessibleName(/\(hidden\)$/);
});

test('undo/redo labels reach the native menu; menu commands run the same actions as the keys', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 2).click();
  await page.keyboard.press('Control+D');
  await expect.poll(() => app.shell.state('main').undoLabels).toEqual({ undo: 'Duplicate slide' });
  await app.menu({ command: 'undo' });
  await expect.poll(() => app.shell.state('main').undoLabels).toEqual({ redo: 'Duplicate slide' });
  expect(await slideCount(page)).toBe(13);
  await app.menu({ command: 'redo' });
  await expect.poll(() => slideCount(page)).toBe(14);
  await app.menu({ command: 'delete-slide' });
  await expect.poll(() => slideCount(page)).toBe(13);
  expect(app.shell.state('main').dirty).toBe(true);
  expect(app.shell.state('main').title).toMatch(/BriefDeck/);
});

test('Ctrl+S then Ctrl+Shift+S: save, then save a copy under a new name', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'five-minute-bluf');
  const first = await saveAs(app, 'bluf.briefdeck');
  await page.getByLabel('Slide title').fill('Five minutes, edited');
  const copy = app.filePath('bluf-copy.briefdeck');
  app.dialogs.queueSave(copy);
  await page.keyboard.press('Control+Shift+S');
  await expect(page.getByRole('toolbar', { name: 'BriefDeck' })).toContainText('bluf-copy.briefdeck');
  expect(JSON.parse(await readFile(copy, 'utf8')).slides[0].title).toBe('Five minutes, edited');
  expect(JSON.parse(await readFile(first, 'utf8')).slides[0].title).not.toBe('Five minutes, edited');
});

test('F5 presents from the first slide and Shift+F5 from the current one', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 3).click();
  const presentingAt = async () => {
    const s = await page.evaluate(() => window.api!.getPresentationState({}));
    return 'active' in s && s.active ? s.state?.slideIndex : null;
  };
  for (const [key, index] of [['Shift+F5', 2], ['F5', 0]] as const) {
    await page.locator('body').press(key);
    await expect.poll(presentingAt).toBe(index);
    // Let the presenting windows finish loading before they close.
    await expect.poll(() => app.windows.list().filter((id) => !app.windows.page(id)?.isClosed()).length).toBe(3);
    for (const id of app.windows.list()) await app.windows.page(id)?.waitForLoadState();
    // The editor is still the editor (F5 never reloads the page).
    await expect(page.getByRole('listbox', { name: 'Slide list' })).toBeVisible();
    await page.evaluate(() => window.api!.stopPresentation({}));
    await expect.poll(presentingAt).toBeNull();
  }
});

test('a blank deck from the gallery, and Ctrl+N goes back to the gallery asking about unsaved changes', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Create blank deck' }).click();
  await expect(slideRow(page, 1)).toHaveAccessibleName('Slide 1: Untitled briefing');
  await page.getByLabel('Slide title').fill('My briefing');
  await page.keyboard.press('Control+N');
  const dialog = page.getByRole('alertdialog', { name: 'Unsaved changes' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(slideRow(page, 1)).toHaveAccessibleName('Slide 1: My briefing');
  await page.keyboard.press('Control+N');
  await page.getByRole('alertdialog').getByRole('button', { name: "Don't save" }).click();
  await expect(page.getByRole('heading', { name: 'New briefing' })).toBeVisible();
});
