/**
 * Re-importing a newer version of a source, end to end in the app: a deck built from a template imports
 * upper-basin.txt and cites four of its paragraphs through the Source panel; the Source library's Re-import… reads
 * upper-basin-v2.txt (one cited paragraph reworded, one cited paragraph removed, one moved earlier, one added), and
 * after the import review the re-import dialog counts the paragraphs that stayed, moved, changed and vanished and
 * lists the two citations to check with their slides (a click selects the slide). Cancel leaves the deck as it was;
 * Apply replaces the text and renumbers the moved paragraph's citation in one undo step, which one Undo takes back.
 * The dialog is screenshotted to tests/artifacts/sources/reimport.png; no request leaves the app.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, REPO_ROOT, test, type BriefDeckApp } from './harness/fixture';
import { createFromTemplate, expectMessage, selectedRows, slideRow } from './editorSteps';

const V1 = join(REPO_ROOT, 'tests/fixtures/sources/upper-basin.txt');
const V2 = join(REPO_ROOT, 'tests/fixtures/sources/upper-basin-v2.txt');
const ARTIFACTS = join(REPO_ROOT, 'tests/artifacts/sources');
// The title as the analyst corrected it at the first import (the file says "Water Sharing on the Upper Basin").
const TITLE = 'Water sharing on the Upper Basin, 2024';
const SOURCE_ID = 'okafor-2024-water-sharing-on';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'BriefDeck' });
const panel = (page: Page) => page.getByRole('region', { name: 'Source', exact: true });
const paragraph = (page: Page, n: number) => panel(page).getByRole('article', { name: `¶${n}`, exact: true });
/** The chip of this source's citation on the given bullet or judgment (the template's own source has chips too). */
const chip = (page: Page, list: string, n: number, kind = 'bullet') =>
  page.getByRole('list', { name: list }).getByRole('list', { name: `Citations of ${kind} ${n}` }).getByRole('button', { name: /^Open Okafor .* in the Source panel$/ });

/** Focuses `field` in the slide editor (the statement citations go to), then cites ¶`n` on it from the Source panel. */
async function cite(page: Page, field: string, n: number, where: string): Promise<void> {
  await page.getByLabel(field, { exact: true }).click();
  await paragraph(page, n).focus();
  await panel(page).getByRole('group', { name: 'Cite the selection' }).getByRole('button', { name: `Cite ¶${n} on ${where}` }).click();
  await expect(toolbar(page).getByRole('button', { name: `Undo Cite ¶${n}` })).toBeEnabled();
}

/** Source library… > Re-import… of the deck's copy, the newer file from the queued open dialog, accepted as read. */
async function reviewNewerVersion(app: BriefDeckApp) {
  const { page } = app;
  await toolbar(page).getByRole('button', { name: 'Source library…' }).click();
  const library = page.getByRole('dialog', { name: 'Sources' });
  app.dialogs.queueOpen(V2);
  await library.getByRole('button', { name: `Re-import a newer version of “${TITLE}”` }).click();
  const review = page.getByRole('dialog', { name: 'Re-import source: upper-basin-v2.txt' });
  await expect(review.getByRole('status')).toHaveText('5 paragraphs in 1 section');
  // The file carries no byline the reader keeps: the authors and date typed at the first import are offered again.
  await expect(review.getByLabel('Authors (one per line)')).toHaveValue('Lena Okafor\nTomas Reyes');
  await expect(review.getByLabel('Date')).toHaveValue('2024-03-14');
  // The title the analyst corrected is kept, not read again from the file.
  await expect(review.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
  await review.getByRole('button', { name: 'Accept' }).click();
  await expect(review).toBeHidden();
  const dialog = page.getByRole('dialog', { name: `Re-import: ${TITLE}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('re-import a newer version: the report counts and lists the citations to check, Cancel keeps, Apply replaces, Undo restores', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1500, height: 900 });
  await createFromTemplate(page, 'five-minute-bluf');

  // The first version, corrected as in the import review: the caption left out, the broken paragraph mended.
  app.dialogs.queueOpen(V1);
  await toolbar(page).getByRole('button', { name: 'Import source…' }).click();
  const review = page.getByRole('dialog', { name: 'Import source: upper-basin.txt' });
  await review.getByRole('button', { name: 'Exclude ¶6' }).click();
  await review.getByRole('button', { name: 'Merge ¶3 with the next item' }).click();
  await expect(review.getByRole('status')).toHaveText('5 paragraphs in 1 section');
  await review.getByLabel('Authors (one per line)').fill('Lena Okafor\nTomas Reyes');
  await review.getByLabel('Date').fill('2024-03-14');
  await review.getByLabel('Title', { exact: true }).fill(TITLE);
  await review.getByRole('button', { name: 'Accept' }).click();
  await expectMessage(page, `Imported “${TITLE}” as a source of this deck: 5 paragraphs.`);

  // Cite ¶1 and ¶2 on key judgments (slide 2), ¶3 and ¶5 on the two columns' first bullets (slide 3).
  await toolbar(page).getByRole('button', { name: 'Sources', exact: true }).click();
  await panel(page).getByRole('combobox', { name: 'Source' }).selectOption(SOURCE_ID);
  await expect(panel(page).getByRole('status')).toHaveText('5 of 5 paragraphs');
  await slideRow(page, 2).click();
  await cite(page, 'Key judgment 1', 2, 'key judgment 1');
  await cite(page, 'Key judgment 2', 1, 'key judgment 2');
  await slideRow(page, 3).click();
  await cite(page, 'Left column bullets: bullet 1, level 1', 3, 'left column bullet 1');
  await cite(page, 'Right column bullets: bullet 1, level 1', 5, 'right column bullet 1');
  await expect(chip(page, 'Left column bullets', 1)).toHaveAccessibleName(/, ¶3 in the Source panel$/);
  await expect(chip(page, 'Right column bullets', 1)).toHaveAccessibleName(/, ¶5 in the Source panel$/);
  await expect(paragraph(page, 2)).toContainText('by a fifth');
  // Away from both listed slides, so the report's click is seen to select one.
  await slideRow(page, 1).click();
  await expect(selectedRows(page)).toHaveAccessibleName(/^Slide 1:/);

  let dialog = await reviewNewerVersion(app);
  await expect(dialog.getByRole('status')).toHaveText('2 paragraphs the same, 1 moved, 1 changed, 1 vanished; 1 new paragraph.');
  const listed = dialog.getByRole('list', { name: 'Citations to check' }).getByRole('listitem');
  // ¶1 is the same and ¶5 only moved: neither citation is listed.
  await expect(listed).toHaveText([
    /^Slide 2: Bottom line up front\s+key judgment 1\s+¶2\s+changed: reread it$/,
    /^Slide 3: What pulls them together, what holds them apart\s+left column bullet 1\s+¶3\s+vanished: no paragraph like it is left$/,
  ]);
  await expect(dialog.getByText('Renumbered on Apply: ¶5 → ¶3.')).toBeVisible();
  await expect(dialog.getByText(/^Dropped on Apply: ¶3 \(vanished\)\. A citation left with no paragraph is removed/)).toBeVisible();
  await listed.nth(1).getByRole('button', { name: /^Slide 3:/ }).click();
  await expect(selectedRows(page)).toHaveAccessibleName(/^Slide 3:/);
  await listed.nth(0).getByRole('button', { name: 'Slide 2: Bottom line up front' }).click();
  await expect(selectedRows(page)).toHaveAccessibleName(/^Slide 2:/);

  // Cancel: the source's text, the citations and the undo history are as they were.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(toolbar(page).getByRole('button', { name: 'Undo Cite ¶5' })).toBeEnabled();
  await expect(paragraph(page, 2)).toContainText('by a fifth');
  await expect(paragraph(page, 3)).toContainText('Negotiators seemingly agreed');
  await slideRow(page, 3).click();
  await expect(chip(page, 'Right column bullets', 1)).toHaveAccessibleName(/, ¶5 in the Source panel$/);

  // Apply: the new text, the moved paragraph's citation renumbered, one undo step.
  dialog = await reviewNewerVersion(app);
  await page.screenshot({ path: join(ARTIFACTS, 'reimport.png') });
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();
  await expectMessage(page, `Re-imported “${TITLE}”: 5 paragraphs. Saved to your source library.`);
  // The library holds the newer version too, for the next deck that adds this source.
  const libraryFile = JSON.parse(await readFile(join(app.dirs.userData, 'sources', `${SOURCE_ID}.json`), 'utf8'));
  expect(libraryFile.source.title).toBe(TITLE);
  expect(libraryFile.source.paragraphs.map((p: { text: string }) => p.text).join('\n')).toContain('Update, April 2024');
  await expect(toolbar(page).getByRole('button', { name: `Undo Re-import ${TITLE}` })).toBeEnabled();
  await expect(paragraph(page, 2)).toContainText('by as much as a quarter');
  await expect(paragraph(page, 3)).toContainText('The lenders who paid');
  await expect(paragraph(page, 5)).toContainText('Update, April 2024');
  await expect(chip(page, 'Right column bullets', 1)).toHaveAccessibleName(/, ¶3 in the Source panel$/);
  // The vanished paragraph's citation is dropped, not left pointing at the new ¶3 (other text).
  await expect(chip(page, 'Left column bullets', 1)).toHaveCount(0);
  await page.screenshot({ path: join(ARTIFACTS, 'reimport-applied.png') });

  // One Undo: the first version and its numbering are back.
  await toolbar(page).getByRole('button', { name: `Undo Re-import ${TITLE}` }).click();
  await expect(toolbar(page).getByRole('button', { name: 'Undo Cite ¶5' })).toBeEnabled();
  await expect(paragraph(page, 2)).toContainText('by a fifth');
  await expect(paragraph(page, 3)).toContainText('Negotiators seemingly agreed');
  await expect(paragraph(page, 5)).toContainText('The lenders who paid');
  await expect(chip(page, 'Right column bullets', 1)).toHaveAccessibleName(/, ¶5 in the Source panel$/);
  await expect(chip(page, 'Left column bullets', 1)).toHaveAccessibleName(/, ¶3 in the Source panel$/);
  expect(app.externalRequests).toEqual([]);
});
