/**
 * The Tradecraft panel end to end: the real renderer, the real checks and the real main-process handlers
 * (tests/e2e/harness). A hedged key judgment with no likelihood is found, jumped to, acknowledged with a reason that
 * survives save and reopen; in the marked briefing, clearing a portion's mark lists it as an error export refuses.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixture';
import { createFromTemplate, openWithDialog, saveAs, seriousA11yViolations, slideRow } from './editorSteps';

const panel = (page: Page) => page.getByRole('region', { name: 'Tradecraft' });
const finding = (page: Page, rule: string, field: string) => panel(page).locator(`li[data-rule="${rule}"][data-field="${field}"]`);

async function openPanel(page: Page): Promise<void> {
  await page.getByRole('toolbar', { name: 'BriefDeck' }).getByRole('button', { name: /^Tradecraft \d+ open finding/ }).click();
  await expect(panel(page)).toBeVisible();
}

test('a vague hedge in a key judgment is found, jumped to, acknowledged, and stays acknowledged after reopening', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'five-minute-bluf');
  await openPanel(page);
  await expect(finding(page, 'vague-hedge', 'judgments[0]')).toHaveCount(0);

  await slideRow(page, 2).click();
  await page.getByLabel('Key judgment 1', { exact: true }).fill('Ankara might join Tehran against Israel while the war lasts.');
  await page.getByLabel('Likelihood of judgment 1', { exact: true }).selectOption('');
  const hedge = finding(page, 'vague-hedge', 'judgments[0]');
  await expect(hedge).toBeVisible();
  await expect(hedge).toContainText('ICD 203 §D.6.e(2)(a)');
  await expect(hedge).toContainText('Warning');
  // The checks ran in their worker, off the page's main thread (typing stays fast on a long deck).
  expect(page.workers().map((w) => w.url())).toEqual([expect.stringContaining('checks.worker')]);
  await expect(panel(page).getByRole('region', { name: /^Slide 2: / })).toContainText('vague-hedge');

  // Move away, then jump back from the finding: the judgment's text field has the focus.
  await slideRow(page, 1).click();
  await hedge.getByRole('button', { name: /might/ }).click();
  await expect(page.getByLabel('Key judgment 1', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Key judgment 1', { exact: true })).toHaveValue('Ankara might join Tehran against Israel while the war lasts.');

  const badge = page.getByRole('button', { name: /^Tradecraft \d+ open finding/ });
  const before = Number((await badge.innerText()).match(/\d+/)?.[0]);
  await hedge.getByRole('button', { name: 'Acknowledge…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Acknowledge finding' });
  await expect(dialog.getByRole('button', { name: 'Acknowledge' })).toBeDisabled();
  await dialog.getByLabel('Reason').fill('The source itself only says the two might converge.');
  await dialog.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(dialog).toBeHidden();
  await expect(hedge).toContainText('Acknowledged');
  await expect(hedge).toContainText('Reason: “The source itself only says the two might converge.”');
  await expect(badge).toHaveAccessibleName(new RegExp(`^Tradecraft ${before - 1} open finding`));

  const path = await saveAs(app, 'acknowledged.briefdeck');
  const saved = JSON.parse(await readFile(path, 'utf8'));
  expect(saved.tradecraft.acknowledgements).toEqual([
    expect.objectContaining({ rule: 'vague-hedge', slideId: saved.slides[1].id, field: 'judgments[0]', reason: 'The source itself only says the two might converge.' }),
  ]);

  await app.relaunch();
  await openWithDialog(app, path);
  await openPanel(app.page);
  const reopened = finding(app.page, 'vague-hedge', 'judgments[0]');
  await expect(reopened).toContainText('Acknowledged');
  await expect(reopened).toContainText('The source itself only says the two might converge.');
  // Withdrawn, it counts again.
  await reopened.getByRole('button', { name: 'Withdraw' }).click();
  await expect(reopened.getByRole('button', { name: 'Acknowledge…' })).toBeVisible();
});

test('in a marked deck every unmarked portion is an error that export refuses, and a click focuses its mark', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'five-minute-bluf');
  await openPanel(page);
  // The built-in briefing is marked (classification scheme, every portion "(U)"): nothing to report yet.
  await expect(panel(page).locator('li[data-rule="portion-unmarked"]')).toHaveCount(0);
  // Take the marks off the title slide's title and subtitle, as a user clearing the fields would.
  await expect(page.getByLabel('Portion marking', { exact: true })).toHaveValue('(U)');
  await page.getByLabel('Portion marking', { exact: true }).fill('');
  await page.getByLabel('Body marking', { exact: true }).fill('');

  const unmarked = panel(page).locator('li[data-rule="portion-unmarked"]');
  await expect(unmarked.first()).toBeVisible();
  await expect(unmarked.first()).toContainText('Error');
  await expect(unmarked.first()).toContainText('has no portion marking');
  // A marking error cannot be acknowledged away: the portion has to be marked.
  await expect(unmarked.first().getByRole('button', { name: 'Acknowledge…' })).toHaveCount(0);
  await expect(unmarked.first()).toContainText('marking errors cannot be acknowledged');
  // The export dialog names each unmarked portion and refuses to export.
  await page.getByRole('toolbar', { name: 'BriefDeck' }).getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export deck' });
  await expect(exportDialog.getByRole('alert')).toContainText('Export refused: the deck is marked');
  await expect(exportDialog.getByRole('button', { name: /Slide 1, subtitle has no portion marking/ })).toBeVisible();
  await expect(exportDialog.getByRole('button', { name: 'Export…' })).toBeDisabled();
  // A click on a portion jumps to its mark.
  await exportDialog.getByRole('button', { name: /Slide 1, subtitle has no portion marking/ }).first().click();
  await expect(exportDialog).toBeHidden();
  await expect(page.getByLabel('Body marking', { exact: true })).toBeFocused();

  // The title's finding focuses the title's mark field; marking it again clears the finding.
  const title = finding(page, 'portion-unmarked', 'title').first();
  await title.getByRole('button').first().click();
  await expect(page.getByLabel('Portion marking', { exact: true })).toBeFocused();
  await page.getByLabel('Portion marking', { exact: true }).fill('(U)');
  await expect(title).toHaveCount(0);
  await slideRow(page, 2).click();
  await expect(page.getByLabel('Key judgment 1', { exact: true })).toBeVisible();
  // For a person to look at: the editor with the panel open (test-results/playwright/<test>/).
  await page.screenshot({ path: test.info().outputPath('tradecraft-panel.png') });
  expect(await seriousA11yViolations(page)).toEqual([]);
});
