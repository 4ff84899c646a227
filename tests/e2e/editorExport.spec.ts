/**
 * The toolbar's Export… button, with the dialog's defaults (its options, pre-export check and progress are covered
 * in exportDialog.spec.ts): the deck is exported by main through `export:run` to the path chosen in the save dialog.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './harness/fixture';
import { createFromTemplate, expectMessage, seriousA11yViolations } from './editorSteps';

test('Export… writes a PDF of the open deck to the chosen path', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'five-minute-bluf');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export deck' });
  await expect(dialog.getByLabel('Format')).toHaveValue('pdf');
  expect(await seriousA11yViolations(page)).toEqual([]);
  const path = app.filePath('bluf.pdf');
  app.dialogs.queueSave(path);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expectMessage(page, `Exported ${path}`, 'status', true);
  await expect(dialog).toBeHidden();
  const pdf = await readFile(path);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
