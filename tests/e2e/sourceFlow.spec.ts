/**
 * The whole source workflow in the app, as a new user meets it: a saved web page with scripts, a remote stylesheet
 * and a remote image is imported (nothing in it runs: no dialog, the page's title and body untouched; nothing is
 * fetched: the harness fails the test at teardown on any request), its paragraphs corrected, a passage selected in
 * the Source panel is cited on a key judgment, a two-argument map is built, a full briefing is generated from it,
 * and its PDF export names the new source in its endnotes and on its sources slide (read back with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, REPO_ROOT, test } from './harness/fixture';
import { createFromTemplate, expectMessage, previewSlide, slideRow } from './editorSteps';
import { pwned } from './presentHelpers';

const PAGE = join(REPO_ROOT, 'tests/fixtures/sources/hostile-page.html');
const ARTIFACTS = join(REPO_ROOT, 'tests/artifacts/sources');
const TITLE = 'Grain corridors after the truce';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'BriefDeck' });
const panel = (page: Page) => page.getByRole('region', { name: 'Source', exact: true });
const paragraph = (page: Page, n: number) => panel(page).getByRole('article', { name: `¶${n}`, exact: true });

/** Drags the mouse over the start of `para`'s text to `fraction` of its first line, selecting that passage. */
async function selectPassage(page: Page, para: Locator, fraction: number): Promise<void> {
  const box = (await para.locator('.sp-text').boundingBox())!;
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await page.mouse.move(box.x + 1, box.y + 6);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * fraction, box.y + 6, { steps: 8 });
  await page.mouse.up();
}

/** Fills one argument of the map editor: title, summary, and its first claim citing `paragraphs` ("2" or "3-4"). */
async function fillArgument(map: Locator, n: number, title: string, summary: string, claim: string, paragraphs: string): Promise<void> {
  await map.getByRole('button', { name: 'Add argument' }).click();
  await map.getByLabel(`Title of argument ${n}`).fill(title);
  await map.getByLabel(`Summary of argument ${n}`).fill(summary);
  await map.getByLabel(`Claim 1 of argument ${n}, in your own words`).fill(claim);
  const add = map.getByLabel(`Add paragraphs to claim 1 of argument ${n}`);
  await add.fill(paragraphs);
  await add.press('Enter');
}

test('import a hostile saved page, correct it, cite by selection, map two arguments, generate a briefing, export a PDF naming the source', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1500, height: 900 });
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await createFromTemplate(page, 'five-minute-bluf');

  // Import: the page's metadata is read, its body numbered; the comments, ad and navigation are not.
  app.dialogs.queueOpen(PAGE);
  await toolbar(page).getByRole('button', { name: 'Import source…' }).click();
  const review = page.getByRole('dialog', { name: 'Import source: hostile-page.html' });
  await expect(review).toBeVisible();
  await expect(review.getByLabel('Title')).toHaveValue(TITLE);
  await expect(review.getByLabel('Authors (one per line)')).toHaveValue('Mira Castell\nJonas Albrecht');
  const counter = review.getByRole('status');
  await expect(counter).toHaveText('5 paragraphs in 3 sections');
  await expect(review).not.toContainText('Subscribe now');
  // Correct: leave the last paragraph out.
  await review.getByRole('button', { name: 'Exclude ¶5' }).click();
  await expect(counter).toHaveText('4 paragraphs in 3 sections');
  await page.screenshot({ path: join(ARTIFACTS, 'flow-review.png') });
  await review.getByRole('button', { name: 'Accept' }).click();
  await expect(review).toBeHidden();
  await expectMessage(page, `Imported “${TITLE}” as a source of this deck: 4 paragraphs. Saved to your source library.`);

  // Cite by selection: the key judgment last focused is where the citation goes.
  await slideRow(page, 2).click();
  await page.getByRole('textbox', { name: 'Key judgment 1' }).click();
  await toolbar(page).getByRole('button', { name: 'Sources', exact: true }).click();
  // The panel opens on the source just imported, not on the deck's first source.
  await expect(panel(page).getByRole('combobox', { name: 'Source' })).toHaveValue('castell-2025-grain-corridors-after');
  await expect(panel(page).getByRole('status')).toHaveText('4 of 4 paragraphs');
  await selectPassage(page, paragraph(page, 3), 0.9);
  const bar = panel(page).getByRole('group', { name: 'Cite the selection' });
  await expect(bar).toContainText('¶3 “The third corridor may');
  await bar.getByRole('button', { name: 'Cite ¶3 on key judgment 1' }).click();
  await expect(page.getByRole('list', { name: 'Citations of key judgment 1' })).toContainText('¶3');
  await page.screenshot({ path: join(ARTIFACTS, 'flow-cited.png') });

  // A two-argument map, each claim citing the paragraphs it rests on.
  await toolbar(page).getByRole('button', { name: 'Source library…' }).click();
  const library = page.getByRole('dialog', { name: 'Sources' });
  await library.getByRole('button', { name: `Argument map of “${TITLE}”` }).click();
  const map = page.getByRole('dialog', { name: 'Argument map' });
  await fillArgument(map, 1, 'Inspections reopened two corridors', 'Joint inspection teams let the first convoys through.', 'Port officials credit the joint inspections with the first safe convoys.', '1-2');
  await map.getByRole('listitem', { name: 'claim 1 of argument 1' }).getByLabel('The source’s stance').selectOption('attributed');
  await map.getByRole('listitem', { name: 'claim 1 of argument 1' }).getByLabel('Whose view').fill('Port officials');
  await fillArgument(map, 2, 'Insurance lags the truce', 'Premiums fall only after a quiet season.', 'The third corridor may stay shut until mine clearance ends.', '3');
  await map.getByRole('listitem', { name: 'claim 1 of argument 2' }).getByLabel('The source’s stance').selectOption('hedged');
  await map.getByRole('listitem', { name: 'claim 1 of argument 2' }).getByLabel('Hedge word').fill('may');
  await map.getByRole('button', { name: 'Save map' }).click();
  await expect(map).toBeHidden();
  await expectMessage(page, `Saved the argument map of “${TITLE}” in the deck and in your source library.`);

  // Generate a full briefing from the map: a new, unsaved deck that carries the source.
  await toolbar(page).getByRole('button', { name: 'Source library…' }).click();
  await library.getByRole('button', { name: `Generate a briefing from “${TITLE}”` }).click();
  const generate = page.getByRole('dialog', { name: 'Generate briefing' });
  await expect(generate.getByRole('status')).toHaveText('From its argument map: 2 arguments.');
  await generate.getByRole('radio', { name: /^Full briefing/ }).check();
  await page.screenshot({ path: join(ARTIFACTS, 'flow-generate.png') });
  await generate.getByRole('button', { name: 'Generate' }).click();
  // The open deck has unsaved changes: the app asks before replacing it.
  await page.getByRole('alertdialog', { name: 'Unsaved changes' }).getByRole('button', { name: "Don't save" }).click();
  await expectMessage(page, /^Generated “.*” \(Full briefing\) from its argument map\./);
  await expect(slideRow(page, 1)).toBeVisible();
  await expect(previewSlide(page)).toContainText(TITLE);
  // The slide list shows the generated slides at once, not blank thumbnails: each of the first rows draws its own slide.
  for (const n of [1, 2, 3]) {
    const row = slideRow(page, n);
    const caption = (await row.locator('.caption').innerText()).trim();
    await expect(row.locator('iframe.thumb-frame').contentFrame().locator('section')).toContainText(caption);
  }
  // The key judgments are placeholders to write: the Tradecraft badge counts them.
  await expect(toolbar(page).getByRole('button', { name: /^Tradecraft / })).toHaveAccessibleName(/^Tradecraft [1-9]\d* open findings?$/);
  await page.screenshot({ path: join(ARTIFACTS, 'flow-generated-deck.png') });

  // Export a PDF: the endnotes and the sources slide name the imported source.
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export deck' });
  const pdf = app.filePath('grain-briefing.pdf');
  app.dialogs.queueSave(pdf);
  await exportDialog.getByRole('button', { name: 'Export…' }).click();
  await expectMessage(page, `Exported ${pdf}`, 'status', true);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Inspections reopened two corridors');
  expect(text).toMatch(/Mira Castell, Jonas Albrecht\. “?Grain corridors after the truce\.?”? Harbour Review/);
  expect(text).toMatch(/Cited: ¶\s?1–3/);

  // Nothing in the page ran, in any window the app opened.
  expect(dialogs).toBe(0);
  expect(await page.title()).not.toContain('SCRIPT-RAN-MARKER');
  expect(await page.evaluate(() => document.body.hasAttribute('data-pwned'))).toBe(false);
  expect(await pwned(page)).toBe(false);
  expect(app.externalRequests).toEqual([]);
});
