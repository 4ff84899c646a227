/**
 * Find and replace across the deck (Ctrl+F, Ctrl+H): matches slide by slide with the field marked, match case and
 * whole word, Replace, and Replace all as one undo step.
 */
import { expect, test } from './harness/fixture';
import { createFromTemplate, previewSlide, selectedRows } from './editorSteps';

test('Ctrl+F finds slide by slide, Ctrl+H replaces one and all, and one Ctrl+Z undoes Replace all', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'full-briefing');
  await page.keyboard.press('Control+F');
  const bar = page.getByRole('search', { name: 'Find' });
  const find = bar.getByLabel('Find', { exact: true });
  await expect(find).toBeFocused();
  const status = bar.getByRole('status');
  await find.fill('tehran');
  await expect(status).toHaveText(/^\d+ matches$/);
  const total = Number((await status.textContent())?.split(' ')[0]);
  expect(total).toBeGreaterThan(3);

  // Enter goes to the first match: its slide is selected and its field marked; the focus stays in the find field.
  await find.press('Enter');
  await expect(status).toHaveText(new RegExp(`^Match 1 of ${total}: slide (\\d+), `));
  const firstSlide = Number(/slide (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  await expect(selectedRows(page)).toHaveCount(1);
  await expect(selectedRows(page)).toHaveAccessibleName(new RegExp(`^Slide ${firstSlide}:`));
  const marked = page.locator('main [data-find-match]');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveValue(/tehran/i);
  await expect(find).toBeFocused();
  await find.press('Enter');
  await expect(status).toHaveText(new RegExp(`^Match 2 of ${total}:`));
  await find.press('Shift+Enter');
  await expect(status).toHaveText(new RegExp(`^Match 1 of ${total}:`));
  await find.press('Shift+Enter');
  await expect(status).toHaveText(new RegExp(`^Match ${total} of ${total}:`));

  // Match case: the lower-case query finds nothing; whole word leaves out "Tehran's" only if it is another word.
  await bar.getByLabel('Match case').check();
  await expect(status).toHaveText('No matches');
  await find.fill('Tehran');
  await expect(status).toHaveText(`${total} matches`);
  await bar.getByLabel('Whole word').check();
  await find.fill('Tehra');
  await expect(status).toHaveText('No matches');
  await bar.getByLabel('Whole word').uncheck();
  await find.fill('Tehran');

  // Ctrl+H: Replace changes the current match and goes on; Replace all the rest, in one undo step.
  await page.keyboard.press('Control+H');
  const replaceBar = page.getByRole('search', { name: 'Find and replace' });
  await replaceBar.getByLabel('Replace with').fill('Teheran');
  // Next starts from the slide shown (the last match's), as PowerPoint does.
  await replaceBar.getByRole('button', { name: 'Next' }).click();
  await expect(status).toHaveText(new RegExp(`^Match \\d+ of ${total}: slide \\d+, `));
  const shown = await marked.inputValue();
  await replaceBar.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(status).toHaveText(new RegExp(`^Match \\d+ of ${total - 1}:`));
  expect(shown.split('Tehran').length).toBeGreaterThan(1);
  await replaceBar.getByRole('button', { name: 'Replace all' }).click();
  await expect(status).toHaveText(`Replaced ${total - 1} matches.`);
  await replaceBar.getByLabel('Find', { exact: true }).fill('Teheran');
  await expect(status).toHaveText(`${total} matches`);
  await page.keyboard.press('Control+Z');
  await expect(status).toHaveText('1 match');
  await page.keyboard.press('Control+Z');
  await expect(status).toHaveText('No matches');

  await page.keyboard.press('Escape');
  await expect(replaceBar).toBeHidden();
  await expect(page.locator('[data-find-match]')).toHaveCount(0);
});

test('the table editor inserts rows and columns on the grid, sets column widths and keeps the caption apart; Find reaches cells', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'ankara-vs-tehran');
  await page.getByRole('listbox', { name: 'Slide list' }).getByRole('option', { name: /^Slide 2:/ }).click();
  const grid = page.getByRole('region', { name: 'Table' });
  const rowsBefore = await grid.getByRole('button', { name: /^Remove row / }).count();
  await grid.getByRole('button', { name: 'Insert row below row 1' }).click();
  await expect(grid.getByRole('button', { name: /^Remove row / })).toHaveCount(rowsBefore + 1);
  await expect(grid.getByLabel('Row 2, column 1')).toHaveValue('');
  await grid.getByLabel('Row 2, column 1').fill('Gaza ceasefire');
  await grid.getByRole('button', { name: 'Insert column after column 1' }).click();
  await expect(grid.getByLabel('Header, column 2')).toHaveValue('');
  await expect(grid.getByLabel('Header, column 3')).toHaveValue('Turkey');
  await grid.getByRole('button', { name: 'Remove column 2' }).click();
  await expect(grid.getByLabel('Header, column 2')).toHaveValue('Turkey');

  // Widths: even shares first, then one typed; the preview's table takes them. "Automatic" clears them.
  await grid.getByRole('button', { name: 'Set widths' }).click();
  await expect(grid.getByLabel('Width of column 1')).toHaveValue('33');
  await grid.getByLabel('Width of column 1').fill('20');
  const previewCols = previewSlide(page).locator('table.bd-table col');
  await expect(previewCols).toHaveCount(3);
  await expect(previewCols.first()).toHaveAttribute('width', '22.99%'); // 20 of 20 + 33 + 34 = 87
  await grid.getByLabel('Width of column 2').fill('0');
  await expect(grid.getByRole('alert')).toHaveText(/whole number from 1 to 100/);
  await grid.getByRole('button', { name: 'Automatic widths' }).click();
  await expect(previewCols).toHaveCount(0);

  // The caption is its own field under the grid; the preview prints it under the table, not in a cell.
  await grid.getByLabel('Caption').fill('Positions as of November 2023');
  await expect(previewSlide(page).locator('table.bd-table caption')).toContainText('Positions as of November 2023');
  await expect(previewSlide(page).locator('table.bd-table td', { hasText: 'Positions as of November 2023' })).toHaveCount(0);

  // Find goes to a cell of the table and marks it.
  await page.keyboard.press('Control+F');
  const bar = page.getByRole('search', { name: 'Find' });
  await bar.getByLabel('Find', { exact: true }).fill('Gaza ceasefire');
  await bar.getByLabel('Find', { exact: true }).press('Enter');
  await expect(bar.getByRole('status')).toHaveText('Match 1 of 1: slide 2, Row 2, column 1');
  await expect(page.locator('main [data-find-match]')).toHaveAttribute('aria-label', 'Row 2, column 1');
});
