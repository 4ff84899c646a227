/**
 * Issued versions and the "what changed" slide, end to end: issue v1 from the export dialog, move two key judgments
 * in the editor, issue v2 from the File menu with a reason for each, export the PDF, and read back the "what
 * changed" page with pdftotext: it lists exactly those two judgments, from what to what, with their reasons. The
 * versions list then compares v1, and the deck file as first opened, with the deck now.
 */
import { execFileSync } from 'node:child_process';
import { DeckSchema, serializeDeck } from '../../src-shared/deck';
import { briefingV1 } from '../shared/versionDecks';
import { expect, test } from './harness/fixture';
import { expectMessage, slideRow } from './editorSteps';

test('issue v1, move two judgments with reasons, issue v2: the PDF says what changed', async ({ app }) => {
  const { page } = app;
  const deck = briefingV1();
  deck.slides.splice(2, 0, DeckSchema.shape.slides.element.parse({ id: 'wc', layout: 'changes', title: 'What changed' }));
  const file = await app.writeFile('gulf.briefdeck', serializeDeck(deck));
  await app.menu({ command: 'open-path', path: file });
  await expect(slideRow(page, 1)).toBeVisible();

  // v1, from the export dialog: the first version has nothing to compare with.
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export deck' });
  await exportDialog.getByRole('button', { name: 'Issue version…' }).click();
  const issue = page.getByRole('dialog', { name: 'Issue version' });
  await expect(issue.getByText('first version')).toBeVisible();
  await issue.getByRole('button', { name: 'Issue v1' }).click();
  await expectMessage(page, 'Issued version v1.');
  await expect(issue).toBeHidden();
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  // Move two key judgments on the BLUF slide.
  await slideRow(page, 2).click();
  await page.getByLabel('Likelihood of judgment 1', { exact: true }).selectOption('unlikely');
  await page.getByLabel('Confidence of judgment 2', { exact: true }).selectOption('low');

  // v2, from the File menu: a reason is required for each moved judgment.
  await app.menu({ command: 'issue-version' });
  await expect(issue.getByRole('list').getByRole('listitem')).toHaveCount(2);
  const issueV2 = issue.getByRole('button', { name: 'Issue v2' });
  await expect(issueV2).toBeDisabled();
  await issue.getByLabel('Reason: Insurers will raise war-risk premiums this quarter.').fill('The regulator capped war-risk premiums.');
  await expect(issueV2).toBeDisabled();
  await issue.getByLabel('Reason: A closure of the strait before spring.').fill('Only one port report since October.');
  await issueV2.click();
  await expectMessage(page, 'Issued version v2.');

  // Export the PDF and read the "what changed" page.
  await page.getByRole('button', { name: 'Export…' }).click();
  const pdf = app.filePath('gulf.pdf');
  app.dialogs.queueSave(pdf);
  await exportDialog.getByRole('button', { name: 'Export…' }).click();
  await expectMessage(page, `Exported ${pdf}`, 'status', true);
  const text = execFileSync('pdftotext', ['-f', '3', '-l', '3', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('What changed');
  expect(text).toContain('v2 (');
  expect(text).toContain('since v1');
  expect(text).toContain('Insurers will raise war-risk premiums this quarter. likely, moderate confidence → unlikely, moderate confidence Why: The regulator capped war-risk premiums.');
  expect(text).toContain('A closure of the strait before spring. very unlikely, high confidence → very unlikely, low confidence Why: Only one port report since October.');
  expect(text.match(/Why:/g)).toHaveLength(2);
  expect(text).not.toContain('Sources added');

  // The versions list compares v1 with the deck now, and jumps to the change.
  await app.menu({ command: 'versions' });
  await page.getByRole('dialog', { name: 'Versions' }).getByRole('button', { name: 'Compare v1 with now' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare v1 with now' });
  await expect(compare.getByRole('status')).toContainText('2 judgments moved');
  await compare.getByRole('navigation', { name: 'Changes' }).getByRole('button', { name: /Bottom line/ }).click();
  const row = compare.locator('tr.bd-compare-changed');
  await expect(row).toHaveCount(1);
  await expect(row.locator('del').first()).toHaveText('likely, moderate confidence');
  await expect(row.locator('ins').first()).toHaveText('unlikely, moderate confidence');
  await expect(row).toBeInViewport();

  // Another deck file, side by side with the deck now: the file as first opened, before any version.
  await compare.getByRole('button', { name: 'Close' }).click();
  app.dialogs.queueOpen(file);
  await page.getByRole('dialog', { name: 'Versions' }).getByRole('button', { name: 'Compare with another deck…' }).click();
  const withFile = page.getByRole('dialog', { name: 'Compare gulf.briefdeck with now' });
  await expect(withFile.getByRole('status')).toContainText('1 slide changed, 0 added, 0 removed, 0 moved; 2 judgments moved');
});
