/**
 * Steps shared by the specs that brand a deck and export it (themeReview, editingWalkthrough): a shared theme file with
 * a logo, as an agency hands it out, a review comment on a bullet, and a PDF export through the export dialog, as a
 * user starts it.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './harness/fixture';
import { expectMessage, slideRow } from './editorSteps';
import { solidPngDataUrl } from '../main/exportCasesKit';

/**
 * A theme file (`.briefdeck-theme` JSON): the light base, a magenta logo (200 × 60 px, alt "Ministry logo") top right,
 * and `accent` (a hex colour, red by default; any other text makes the file invalid, as a bad file would be).
 */
export function themeJson(accent = '#c8102e'): string {
  return JSON.stringify({
    format: 'briefdeck-theme',
    version: 1,
    base: 'briefing-light',
    brand: { name: 'Ministry', colours: { accent }, headingFont: 'Noto Sans', logo: { src: solidPngDataUrl(200, 60, [255, 0, 255]), width: 200, height: 60, corner: 'top-right', alt: 'Ministry logo' }, titleSlide: 'rule' },
  });
}

/**
 * Exports the open deck as a PDF from the toolbar's "Export…": the dialog's format is PDF, the review copy box set to
 * `reviewCopy`, the Save dialog answered with `name` in the test's folder. Waits for "Exported <path>" (as long as the
 * test may run) and the dialog to close; returns the PDF's path.
 */
export async function exportPdf(page: Page, app: { dialogs: { queueSave(p: string): void }; filePath(n: string): string }, name: string, reviewCopy: boolean): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export deck' });
  await expect(dialog.getByLabel('Format')).toHaveValue('pdf');
  const review = dialog.getByLabel('Review copy (the review comments on a page after each slide)');
  if (reviewCopy) await review.check();
  await expect(review).toBeChecked({ checked: reviewCopy });
  const path = app.filePath(name);
  app.dialogs.queueSave(path);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expectMessage(page, `Exported ${path}`, 'status', true);
  await expect(dialog).toBeHidden();
  return path;
}

/**
 * On slide `slide` (1-based), opens the Review panel and adds `comment` on its first bullet as "Desk reviewer";
 * resolves once the thread shows the comment, to the thread (the comment by Desk reviewer).
 */
export async function commentOnFirstBullet(page: Page, slide: number, comment: string): Promise<Locator> {
  await slideRow(page, slide).click();
  await page.getByRole('button', { name: /^Review/ }).click();
  const review = page.getByRole('region', { name: 'Review' });
  await review.getByLabel('Your name').fill('Desk reviewer');
  await review.getByLabel('Comment on', { exact: true }).selectOption({ label: 'Bullet 1' });
  await review.getByLabel('New comment').fill(comment);
  await review.getByRole('button', { name: 'Add comment' }).click();
  const thread = review.getByRole('listitem', { name: 'Comment by Desk reviewer' });
  await expect(thread).toContainText(comment);
  return thread;
}
