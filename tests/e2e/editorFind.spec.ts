/**
 * Find and replace across the deck (Ctrl+F, Ctrl+H): matches slide by slide with the field marked, match case and
 * whole word, Replace, and Replace all as one undo step.
 */
import { expect, test } from './harness/fixture';
import { createFromTemplate, selectedRows } from './editorSteps';

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
