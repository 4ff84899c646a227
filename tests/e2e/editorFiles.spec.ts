/**
 * Files that never lose work: bad deck files give a clear message and are never written, and a page closed
 * without saving comes back from its recovery copy. Real handlers and temp folders (tests/e2e/harness).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, REPO_ROOT } from './harness/fixture';
import { createFromTemplate, expectMessage, openWithDialog, slideRow, slideTitles } from './editorSteps';

const BAD_DIR = join(REPO_ROOT, 'tests/fixtures/bad-decks');
const GOOD_DECK = join(REPO_ROOT, 'tests/fixtures/decks/small.briefdeck');
/** Files of the bad-input table that open (fixture README): a BOM, unknown fields, older and newer versions. */
const OPENS = new Set(['bom.briefdeck', 'unknown-fields.briefdeck', 'older-version.briefdeck', 'newer-version.briefdeck']);

test('each bad deck file: the error is shown, the open deck stays, and the file is byte-identical', async ({ app }) => {
  const { page } = app;
  const files = (await readdir(BAD_DIR)).filter((f) => f.endsWith('.briefdeck')).sort();
  expect(files.length).toBeGreaterThanOrEqual(15);
  const good = await app.writeFile('good.briefdeck', await readFile(GOOD_DECK));
  for (const name of files) {
    await test.step(name, async () => {
      await openWithDialog(app, good);
      // The good deck is shown (and the previous message cleared) before the bad file is tried.
      await expect(page.getByRole('toolbar', { name: 'BriefDeck' })).toContainText('good.briefdeck');
      await expect(page.getByTestId('alert')).toHaveCount(0);
      const before = await slideTitles(page);
      const path = await app.writeFile(name, await readFile(join(BAD_DIR, name)));
      const bytes = await readFile(path);
      await openWithDialog(app, path);
      if (OPENS.has(name)) {
        // Accepted inputs open (newer versions read-only, with a note).
        await expect(page.getByRole('toolbar', { name: 'BriefDeck' })).toContainText(name);
        if (name === 'newer-version.briefdeck') await expect(page.getByText('Read-only', { exact: true })).toBeVisible();
      } else {
        await expectMessage(page, /Could not open the deck: \S/, 'alert');
        await expect(page.getByRole('alert')).toContainText(/line|column|slides|byte|\.|:/);
        expect(await slideTitles(page)).toEqual(before);
        await expect(page.getByRole('toolbar', { name: 'BriefDeck' })).toContainText('good.briefdeck');
      }
      expect((await readFile(path)).equals(bytes), `${name} must not be written`).toBe(true);
    });
  }
  expect(app.consoleErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
});

test('an error names the problem: malformed JSON gives its line and column', async ({ app }) => {
  const path = await app.writeFile('malformed.briefdeck', await readFile(join(BAD_DIR, 'malformed.briefdeck')));
  await openWithDialog(app, path);
  await expect(app.page.getByRole('alert')).toContainText(/line 5, column 3/);
  // Nothing else changed: still the gallery.
  await expect(app.page.getByRole('heading', { name: 'New briefing' })).toBeVisible();
});

test('closing the page without saving, then starting again, offers the recovery copy that restores the edits', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 3).click();
  await page.getByLabel('Slide title').fill('Context: edited before the crash');
  await page.getByLabel('Speaker notes, slide 3').fill('Recovered notes.');
  // Autosave writes the recovery copy about 3 s after the last edit.
  await expect
    .poll(async () => (await page.evaluate(() => window.api!.listRecovery({}))) as { entries?: unknown[] })
    .toMatchObject({ entries: [expect.anything()] });
  await app.relaunch();
  const dialog = app.page.getByRole('alertdialog', { name: 'Recover unsaved changes?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(slideRow(app.page, 3)).toHaveAccessibleName('Slide 3: Context: edited before the crash');
  await slideRow(app.page, 3).click();
  await expect(app.page.getByLabel('Speaker notes, slide 3')).toHaveValue('Recovered notes.');
  await expect(app.page.getByText('Unsaved', { exact: true })).toBeVisible();
});

test('the recovery copy of a saved file is offered after a crash and never overwrites the file', async ({ app }) => {
  const { page } = app;
  const path = await app.writeFile('briefing.briefdeck', await readFile(GOOD_DECK));
  const bytes = await readFile(path);
  await openWithDialog(app, path);
  await slideRow(page, 2).click();
  await page.getByLabel('Slide title').fill('Edited, not saved');
  await expect
    .poll(async () => (await page.evaluate(() => window.api!.listRecovery({}))) as { entries?: { filePath?: string }[] })
    .toMatchObject({ entries: [{ filePath: path }] });
  expect((await readFile(path)).equals(bytes)).toBe(true);
  await app.relaunch();
  await app.page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
  await expect(slideRow(app.page, 2)).toHaveAccessibleName('Slide 2: Edited, not saved');
  await expect(app.page.getByRole('toolbar', { name: 'BriefDeck' })).toContainText('briefing.briefdeck');
  expect((await readFile(path)).equals(bytes)).toBe(true);
});

test('dropping a deck file on the window opens it; another kind of file is refused with a message', async ({ app }) => {
  const { page } = app;
  const path = await app.writeFile('dropped.briefdeck', await readFile(GOOD_DECK));
  await app.dropFile(path);
  await expect(page.getByRole('toolbar', { name: 'BriefDeck' })).toContainText('dropped.briefdeck');
  await expect(slideRow(page, 1)).toBeVisible();
  const notes = await app.writeFile('notes.txt', 'not a deck');
  await app.dropFile(notes);
  await expect(page.getByRole('alert')).toContainText('notes.txt is not a BriefDeck deck');
  await expect(page.getByRole('toolbar', { name: 'BriefDeck' })).toContainText('dropped.briefdeck');
  expect(page.url()).toMatch(/index\.html$/);
});

test("choosing Don't save and then failing to open another file keeps the edits and their recovery copy", async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'five-minute-bluf');
  await page.getByLabel('Slide title').fill('Edited, then a bad open');
  const listed = async () => ((await page.evaluate(() => window.api!.listRecovery({}))) as { entries?: unknown[] }).entries?.length ?? 0;
  await expect.poll(listed).toBe(1);
  const bad = await app.writeFile('bad.briefdeck', await readFile(join(BAD_DIR, 'truncated.briefdeck')));
  app.dialogs.queueOpen(bad);
  await page.locator('body').press('Control+O');
  await page.getByRole('alertdialog', { name: 'Unsaved changes' }).getByRole('button', { name: "Don't save" }).click();
  await expect(page.getByRole('alert')).toContainText('Could not open the deck');
  await expect(page.getByLabel('Slide title')).toHaveValue('Edited, then a bad open');
  expect(await listed()).toBe(1);
});
