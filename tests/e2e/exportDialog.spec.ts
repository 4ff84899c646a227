/**
 * The export dialog against the real handler table and a real Chromium printer (tests/e2e/harness):
 * options, the page count stated before the export, the pre-export check with click-to-jump, progress, the file.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DeckSchema } from '../../src-shared/deck';
import { resolveExportOptions } from '../../src-shared/export';
import { countPdfPages } from '../../src-shared/print';
import { expect, test, REPO_ROOT, type BriefDeckApp } from './harness/fixture';
import { openWithDialog, selectedRows, slideRow } from './editorSteps';

const FIXTURE = join(REPO_ROOT, 'tests/fixtures/render/all-layouts.json');

async function openFixture(app: BriefDeckApp) {
  const path = await app.writeFile('all-layouts.briefdeck', await readFile(FIXTURE));
  await openWithDialog(app, path);
  await expect(slideRow(app.page, 1)).toBeVisible();
  await app.page.getByRole('toolbar', { name: 'BriefDeck' }).getByRole('button', { name: 'Export…' }).click();
  return app.page.getByRole('dialog', { name: 'Export deck' });
}

test('the dialog states the page count before exporting, for every layout and builds choice', async ({ app }) => {
  const deck = DeckSchema.parse(JSON.parse(await readFile(FIXTURE, 'utf8')));
  const dialog = await openFixture(app);
  const count = dialog.locator('.export-count');
  await expect(count).toHaveText(`The PDF will have ${countPdfPages(deck, resolveExportOptions())} pages: 10 slide pages.`);
  await dialog.getByLabel('Builds').selectOption('steps');
  await expect(count).toContainText(`The PDF will have ${countPdfPages(deck, resolveExportOptions({ builds: 'steps' }))} pages`);
  await expect(count).toContainText('one page per build step');
  await dialog.getByLabel('Builds').selectOption('final');
  await dialog.getByLabel('PDF layout').selectOption('notes');
  await expect(count).toContainText(`The PDF will have ${countPdfPages(deck, resolveExportOptions({ pdfLayout: 'notes' }))} pages`);
  await dialog.getByLabel('PDF layout').selectOption('handout');
  await dialog.getByLabel('Paper').selectOption('a4');
  await dialog.getByLabel('Slides per page').selectOption('6');
  await expect(count).toHaveText('The PDF will have 2 pages: 2 handout pages.');
  await dialog.getByLabel('Include hidden (backup) slides').check();
  await expect(count).toHaveText(`The PDF will have ${countPdfPages(deck, resolveExportOptions({ pdfLayout: 'handout', paper: 'a4', handoutPerPage: 6, includeHidden: true }))} pages: 2 handout pages.`);
  await dialog.getByLabel('Format').selectOption('pptx');
  await expect(count).toHaveText('11 slides will be exported.');
  await dialog.getByLabel(/Audience copy/).check();
  await expect(count).toHaveText('10 slides will be exported.');
});

test('the pre-export check lists uncited claims; a click jumps to the slide', async ({ app }) => {
  const dialog = await openFixture(app);
  const issues = dialog.getByRole('region', { name: /Pre-export check/ }).getByRole('listitem');
  await expect(dialog.getByRole('region', { name: /Pre-export check/ })).not.toHaveAttribute('aria-busy', 'true', { timeout: 0 });
  await expect(issues.filter({ hasText: 'Slide 5 “Ankara vs Tehran”' })).toHaveCount(1);
  await dialog.getByLabel('PDF layout').selectOption('handout');
  await dialog.screenshot({ path: join(REPO_ROOT, 'tests/artifacts/export-dialog.png') });
  await issues.filter({ hasText: 'Slide 5 “Ankara vs Tehran”' }).getByRole('button').click();
  await expect(dialog).toBeHidden();
  await expect(selectedRows(app.page)).toHaveCount(1);
  await expect(selectedRows(app.page)).toHaveAccessibleName(/^Slide 5: Ankara vs Tehran/);
});

test('export runs with progress and writes the PDF with the stated page count', async ({ app }) => {
  const dialog = await openFixture(app);
  await dialog.getByLabel('PDF layout').selectOption('handout');
  await dialog.getByLabel('Paper').selectOption('letter');
  const stated = Number(/have (\d+) pages/.exec((await dialog.locator('.export-count').textContent()) ?? '')?.[1]);
  const out = app.filePath('handout.pdf');
  app.dialogs.queueSave(out);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  // Printing takes seconds on a loaded machine: wait for the message, not for a time.
  await expect(app.page.getByTestId('alert').and(app.page.getByRole('status'))).toContainText(`Exported ${out} (${stated} pages)`, { timeout: 0 });
  const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(stated);
  expect(info).toMatch(/Page size:\s+612 x 792 pts/);
});

test('the dialog takes focus when it opens, so Esc closes it at once; Present is disabled, and looks it, with no deck', async ({ app }) => {
  const present = app.page.getByRole('toolbar', { name: 'BriefDeck' }).getByRole('button', { name: /Present/ });
  await expect(present).toBeDisabled();
  // Not the accent fill of an enabled primary button.
  expect(await present.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe('rgb(31, 95, 168)');
  const dialog = await openFixture(app);
  await expect(dialog).toBeFocused();
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(present).toBeEnabled();
  expect(await present.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(31, 95, 168)');
});
