/**
 * The Source panel end to end: the real renderer and main-process handlers (tests/e2e/harness). A deck with two
 * imported sources is opened; the panel is searched, a passage selected with the mouse is cited on a bullet, a
 * selection across two paragraphs becomes a new reporting bullet, pasted source text is flagged until quoted, a
 * citation chip opens its paragraph, and the Coverage tab tells what the deck cites. Screenshots go to
 * tests/artifacts/sources/ for a person to look at; the harness fails the test if any request leaves the app.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, REPO_ROOT, test } from './harness/fixture';
import { openWithDialog, selectedRows, slideRow } from './editorSteps';

const DECK = join(REPO_ROOT, 'tests/fixtures/decks/imported-source.briefdeck');
const ARTIFACTS = join(REPO_ROOT, 'tests/artifacts/sources');

const panel = (page: Page) => page.getByRole('region', { name: 'Source', exact: true });
const paragraph = (page: Page, n: number) => panel(page).getByRole('article', { name: `¶${n}`, exact: true });
const bullet = (page: Page, n: number) => page.getByRole('textbox', { name: new RegExp(`^Bullets: bullet ${n}, level`) });

/** Drags the mouse over the text of `from` (its start) to `to` (`toFraction` of its first line), selecting it. */
async function dragSelect(page: Page, from: Locator, to: Locator, toFraction: number): Promise<void> {
  const a = (await from.locator('.sp-text').boundingBox())!;
  const b = (await to.locator('.sp-text').boundingBox())!;
  // Pressing inside a selection would drag the selected text, as in any page: start from no selection.
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await page.mouse.move(a.x + 1, a.y + 6);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width * toFraction, b.y + 6, { steps: 8 });
  await page.mouse.up();
}

test('search, cite a selected passage, make a reporting bullet, open a citation, read the coverage', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1500, height: 900 });
  await openWithDialog(app, await app.writeFile('imported.briefdeck', await readFile(DECK)));
  await expect(slideRow(page, 1)).toBeVisible();

  await page.getByRole('toolbar', { name: 'BriefDeck' }).getByRole('button', { name: 'Sources', exact: true }).click();
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('combobox', { name: 'Source' })).toHaveValue('harbour-report-2024');
  await expect(panel(page).getByRole('status')).toHaveText('8 of 8 paragraphs');
  await expect(panel(page).getByRole('region', { name: 'Port capacity' }).getByRole('article')).toHaveCount(4);

  // Search: the paragraphs holding every word stay, the words highlighted.
  await panel(page).getByRole('searchbox', { name: 'Search paragraphs' }).fill('junction');
  await expect(panel(page).getByRole('status')).toHaveText('2 of 8 paragraphs');
  await expect(panel(page).locator('mark')).toHaveText(['junction', 'junction']);
  await page.screenshot({ path: join(ARTIFACTS, 'search.png') });
  await panel(page).getByRole('searchbox', { name: 'Search paragraphs' }).fill('');
  await expect(panel(page).getByRole('status')).toHaveText('8 of 8 paragraphs');

  // The statement last focused in the slide editor is where the citation goes.
  await slideRow(page, 2).click();
  await bullet(page, 3).click();
  await dragSelect(page, paragraph(page, 5), paragraph(page, 5), 0.6);
  const bar = panel(page).getByRole('group', { name: 'Cite the selection' });
  await expect(bar).toContainText('Rail links remain the bottleneck');
  await page.screenshot({ path: join(ARTIFACTS, 'selection.png') });
  await bar.getByRole('button', { name: 'Cite ¶5 on bullet 3' }).click();
  await expect(page.getByRole('list', { name: 'Citations of bullet 3' })).toContainText('¶5');
  await expect(page.getByRole('button', { name: 'Undo Cite ¶5' })).toBeEnabled();

  // A selection across two paragraphs: a new, empty reporting bullet after bullet 3, citing both, focused.
  await dragSelect(page, paragraph(page, 5), paragraph(page, 6), 0.5);
  await bar.getByRole('button', { name: 'New reporting bullet from ¶5–6' }).click();
  await expect(bullet(page, 4)).toBeFocused();
  await expect(bullet(page, 4)).toHaveValue('');
  await expect(bullet(page, 4)).toHaveAttribute('placeholder', /^Paraphrase: Rail links remain the bottleneck/);
  await expect(page.getByLabel('Kind of bullet 4', { exact: true })).toHaveValue('reporting');
  await expect(page.getByRole('list', { name: 'Citations of bullet 4' })).toContainText('¶5–6');
  await expect(page.getByRole('button', { name: 'Undo New bullet from ¶5–6' })).toBeEnabled();
  await page.screenshot({ path: join(ARTIFACTS, 'new-bullet.png') });

  // Source text pasted in stays flagged as a copied run until it is quoted.
  const copied = 'freight trains wait for hours at the junction outside the town';
  await bullet(page, 4).fill(`On the line, ${copied}.`);
  await page.getByRole('toolbar', { name: 'BriefDeck' }).getByRole('button', { name: /^Tradecraft / }).click();
  const finding = page.getByRole('region', { name: 'Tradecraft' }).locator('li[data-rule="copied-run"][data-field="bullets[3]"]');
  await expect(finding).toBeVisible();
  await bullet(page, 4).fill(`On the line, “${copied}”.`);
  await expect(finding).toHaveCount(0);
  await page.getByRole('button', { name: 'Close the Tradecraft panel' }).click();

  // A citation chip on a key judgment opens its first paragraph, highlighted; the other one is marked.
  await slideRow(page, 3).click();
  await page.getByRole('list', { name: 'Citations of key judgment 1' }).getByRole('button', { name: /^Open .*¶7–8 in the Source panel$/ }).click();
  await expect(paragraph(page, 7)).toBeFocused();
  await expect(paragraph(page, 7)).toHaveClass(/sp-flash/);
  await expect(paragraph(page, 8)).toHaveClass(/sp-opened/);
  await page.screenshot({ path: join(ARTIFACTS, 'opened-citation.png') });

  // Coverage of the harbour report: ¶1–2 never cited; ¶6 on the hidden backup slide and, since the drag above, a bullet.
  await panel(page).getByRole('tab', { name: 'Coverage' }).click();
  const cov = panel(page).getByRole('tabpanel');
  await expect(cov.getByRole('status')).toHaveText('6 of 8 paragraphs cited, 2 never cited.');
  await expect(cov).toContainText('Never cited: ¶1–2');
  await expect(cov.getByRole('button', { name: '¶1: not cited' })).toBeVisible();
  await expect(cov.getByRole('button', { name: '¶6: cited on 2 slides' })).toBeVisible();
  await expect(cov.getByRole('button', { name: '¶5: cited on 3 slides' })).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'coverage.png') });
  await cov.getByRole('list', { name: 'Slides by paragraph' }).getByRole('button', { name: 'Slide 6: Backup: the junction (hidden)' }).first().click();
  await expect(selectedRows(page)).toHaveCount(1);
  await expect(selectedRows(page)).toHaveAccessibleName(/^Slide 6:/);

  // The grain report's argument map: two arguments cited, the escort scheme never.
  await panel(page).getByRole('combobox', { name: 'Source' }).selectOption('grain-corridors-2024');
  await expect(cov.getByRole('region', { name: 'Arguments never cited' })).toContainText('The naval escort scheme');
  await expect(cov.getByRole('region', { name: 'Arguments cited' })).toContainText('Two corridors, one seasonal');
  await page.screenshot({ path: join(ARTIFACTS, 'coverage-arguments.png') });

  // The built-in article: its paragraph summaries, labelled as ours.
  await panel(page).getByRole('combobox', { name: 'Source' }).selectOption('mei-2023-turkey-iran');
  await panel(page).getByRole('tab', { name: 'Paragraphs' }).click();
  await expect(panel(page).getByRole('note')).toContainText('Paragraph summaries in our words');
  await expect(panel(page).getByRole('status')).toHaveText('19 of 19 paragraphs');
  await page.screenshot({ path: join(ARTIFACTS, 'summaries.png') });

  // View > Source Panel closes it again.
  await app.menu({ command: 'toggle-sources' });
  await expect(panel(page)).toBeHidden();
});

test('on a slide without bullets, the new-bullet action is disabled and says why; citing goes to the slide', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1500, height: 900 });
  await openWithDialog(app, await app.writeFile('imported.briefdeck', await readFile(DECK)));
  await slideRow(page, 5).click();
  await page.getByLabel('Slide title', { exact: true }).click();
  await page.getByRole('toolbar', { name: 'BriefDeck' }).getByRole('button', { name: 'Sources', exact: true }).click();
  const bar = panel(page).getByRole('group', { name: 'Cite the selection' });
  // A deck swap drops the old deck's focused paragraph: the bar does not stay behind naming it.
  await paragraph(page, 2).focus();
  await expect(bar).toBeVisible();
  await openWithDialog(app, await app.writeFile('again.briefdeck', await readFile(DECK)));
  await expect(panel(page)).toBeVisible();
  await expect(bar).toBeHidden();
  await slideRow(page, 5).click();
  await page.getByLabel('Slide title', { exact: true }).click();
  await paragraph(page, 1).focus();
  const add = bar.getByRole('button', { name: 'New reporting bullet from ¶1' });
  await expect(add).toBeDisabled();
  await expect(add).toHaveAttribute('title', /A timeline slide has no bullets/);
  // Keyboard only: Tab from the paragraph to the cite button.
  await page.keyboard.press('Tab');
  await expect(bar.getByRole('button', { name: 'Cite ¶1 on the slide' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Slide citations' })).toContainText('¶1');
});
