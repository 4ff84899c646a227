/**
 * Themes and review comments in the editor, end to end in Chromium against the real handlers: a bad theme file is
 * refused with its message and changes nothing; a shared theme file with a logo is applied (the preview shows the
 * logo); a comment is added on a bullet, answered and resolved in the Review panel; the exported PDF has the logo on
 * every page (pdfimages, and the logo's colour in pdftoppm's pixels) and no comment text (pdftotext); a review copy
 * PDF prints the comment and its reply. Page PNGs go to tests/artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixture';
import { expectMessage, openWithDialog, previewSlide, seriousA11yViolations, slideRow } from './editorSteps';
import { commentOnFirstBullet, exportPdf, themeJson } from './brandExportSteps';

const COMMENT = 'Quetzal claim needs a second source';
const REPLY = 'Marzipan citation added';

const deckJson = JSON.stringify({
  schemaVersion: 2,
  title: 'Branded briefing',
  classification: { text: 'UNCLASSIFIED', level: 'unclassified' },
  slides: [
    { id: 't', layout: 'title', title: 'Branded briefing' },
    { id: 'b', layout: 'bullets', title: 'Key points', bullets: [{ text: 'Talks resume next week' }, { text: 'Aid deliveries rise' }] },
  ],
});

/** Pixel rows of a page PNG rendered by pdftoppm as PPM (P6), to find the logo's magenta. */
function magentaPixels(pdf: string, page: number): number {
  const ppm = execFileSync('pdftoppm', ['-r', '30', '-f', String(page), '-l', String(page), pdf]);
  const header = ppm.subarray(0, 20).toString('latin1').split(/\s+/);
  const offset = ppm.indexOf(Buffer.from(`${header[3]}\n`, 'latin1'), header[0].length) + header[3].length + 1;
  let n = 0;
  for (let i = offset; i + 2 < ppm.length; i += 3) if (ppm[i] > 220 && ppm[i + 1] < 40 && ppm[i + 2] > 220) n++;
  return n;
}

test('a shared theme file with a logo, a resolved comment; the PDF has the logo on every page and no comment; the review copy shows it', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await openWithDialog(app, await app.writeFile('branded.briefdeck', deckJson));
  await expect(slideRow(page, 2)).toBeVisible();

  // A bad theme file: the message names the field; the deck keeps its look.
  await page.getByRole('button', { name: 'Theme', exact: true }).click();
  const themePanel = page.getByRole('region', { name: 'Theme' });
  app.dialogs.queueOpen(await app.writeFile('bad.briefdeck-theme', themeJson('#c8102e;background:url(https://example.org/x)')));
  await themePanel.getByRole('button', { name: 'Apply theme file…' }).click();
  await expectMessage(page, /^bad\.briefdeck-theme is not a valid theme file: brand\.colours\.accent: a colour must be a hex value/, 'alert');
  await expect(themePanel.getByRole('button', { name: 'Add a brand' })).toBeVisible();

  // The good one: applied, the logo on the preview.
  app.dialogs.queueOpen(await app.writeFile('ministry.briefdeck-theme', themeJson()));
  await themePanel.getByRole('button', { name: 'Apply theme file…' }).click();
  await expectMessage(page, 'Theme "Ministry" applied from ministry.briefdeck-theme');
  await expect(themePanel.getByLabel('Theme name')).toHaveValue('Ministry');
  await expect(themePanel.getByLabel('Logo corner')).toHaveValue('top-right');
  await expect(previewSlide(page).locator('img.bd-logo')).toHaveAttribute('alt', 'Ministry logo');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // A comment on the second slide's first bullet, a reply, resolved.
  const thread = await commentOnFirstBullet(page, 2, COMMENT);
  const review = page.getByRole('region', { name: 'Review' });
  await expect(thread).toContainText('Bullet 1');
  await expect(page.getByRole('button', { name: /^Review/ })).toContainText('1');
  await thread.getByLabel('Reply').fill(REPLY);
  await thread.getByRole('button', { name: 'Reply' }).click();
  await expect(thread).toContainText(REPLY);
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread).toContainText('Resolved by Desk reviewer');
  await expect(thread.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(review.getByRole('status')).toHaveText('0 open comments in the deck.');
  expect(await seriousA11yViolations(page)).toEqual([]);
  const artifacts = join(__dirname, '..', 'artifacts', 'theme-review');
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, 'editor.png') });

  // The normal PDF: the logo on every page, no comment anywhere.
  const pdf = await exportPdf(page, app, 'branded.pdf', false);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Talks resume next week');
  for (const word of ['Quetzal', 'Marzipan', 'Desk reviewer']) expect(text).not.toContain(word);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBe(2);
  const imagePages = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim()).map((l) => Number(l.trim().split(/\s+/)[0]));
  expect(new Set(imagePages)).toEqual(new Set([1, 2]));
  for (let p = 1; p <= pages; p++) expect(magentaPixels(pdf, p), `logo on page ${p}`).toBeGreaterThan(20);
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(artifacts, 'branded')]);

  // The review copy: the comment and its reply on a page after the slide.
  const reviewPdf = await exportPdf(page, app, 'review.pdf', true);
  const reviewText = execFileSync('pdftotext', ['-layout', reviewPdf, '-'], { encoding: 'utf8' });
  expect(reviewText).toContain('Review comments · slide 2 of 2');
  expect(reviewText).toContain(COMMENT);
  expect(reviewText).toContain(REPLY);
  expect(reviewText).toContain('Desk reviewer');
  execFileSync('pdftoppm', ['-png', '-r', '50', reviewPdf, join(artifacts, 'review')]);
});
