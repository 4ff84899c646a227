/**
 * The Tradecraft panel end to end: the real renderer, the real checks and the real main-process handlers
 * (tests/e2e/harness). A hedged key judgment with no likelihood is found, jumped to, acknowledged with a reason that
 * survives save and reopen; switching the deck to classification marking lists its unmarked portions.
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

test('classification marking lists every unmarked portion as an error, and a click focuses its mark', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'five-minute-bluf');
  await openPanel(page);
  await expect(panel(page).locator('li[data-rule="portion-unmarked"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Deck settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Deck settings' });
  await settings.getByLabel('Marking scheme').selectOption('capco');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();

  const unmarked = panel(page).locator('li[data-rule="portion-unmarked"]');
  await expect(unmarked.first()).toBeVisible();
  await expect(unmarked.first()).toContainText('Error');
  await expect(unmarked.first()).toContainText('has no portion marking');
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

  // The title slide's title carries no mark in the template: its finding focuses the title's mark field.
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
