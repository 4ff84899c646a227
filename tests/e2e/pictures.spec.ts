/**
 * Pictures in the editor, end to end: the real renderer against the real main-process handlers (the one picture
 * service), in Chromium. A picture comes from the open dialog, a drop on the window, a paste (Ctrl+V) or a drop on a
 * column's field; a bad picture shows its one-line message and leaves the deck as it was; the exported PDF shows
 * the picture page; nothing in a picture runs and no request leaves the app. Screenshots and page PNGs go to
 * tests/artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixture';
import { expectMessage, openWithDialog, previewSlide, seriousA11yViolations, slideRow } from './editorSteps';
import { pwned, slideFrame, startPresenting } from './presentHelpers';
import { writePictureFixtures } from '../main/pictureFixtures';
import { DeckSchema } from '../../src-shared/deck';

const editor = (page: Page) => page.getByRole('region', { name: 'Slide editor' });

/** A deck with an empty picture slide and a two-column slide, in `language` / `direction` / `theme`. */
function deckJson(over: Record<string, string> = {}): string {
  return JSON.stringify({
    schemaVersion: 2,
    title: 'Pictures',
    ...over,
    slides: [
      { id: 'p', layout: 'picture', title: 'Rafah crossing' },
      { id: 'c', layout: 'two-column', title: 'Side by side', left: { heading: 'Ankara', bullets: [{ text: 'Hosts the political office' }] }, right: { heading: 'Tehran', bullets: [{ text: 'Arms and funds' }] } },
    ],
  });
}

/** Pastes `path` into the page as a clipboard file (what Ctrl+V on a copied image delivers). */
async function pasteFile(page: Page, path: string, name: string, type: string): Promise<void> {
  const base64 = (await readFile(path)).toString('base64');
  await page.evaluate(
    ({ base64, name, type }) => {
      const raw = atob(base64);
      const bytes = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type }));
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    { base64, name, type },
  );
}

const previewImg = (page: Page) => previewSlide(page).locator('figure.bd-picture img');

test('a picture from the dialog, a drop and a paste; bad pictures show their message and change nothing; the PDF shows it', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const files = await writePictureFixtures(join(app.dirs.files, 'pictures'));
  await openWithDialog(app, await app.writeFile('pictures.briefdeck', deckJson()));
  await expect(slideRow(page, 1)).toBeVisible();
  const ed = editor(page);

  // The open dialog: a photo with GPS in its EXIF.
  app.dialogs.queueOpen(files.photo);
  await ed.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(ed.getByRole('status')).toHaveText(/^photo-with-gps\.jpg: 1200 × 800 px, \d+ KB$/);
  await expect(previewImg(page)).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  await ed.getByLabel('Alt text (what the picture shows)').fill('Hills under a blue sky, a low building at the centre.');
  await ed.getByLabel('Caption').fill('The crossing, drawn');
  await ed.getByLabel('Source line').fill('Photo: fixture camera');
  await expect(previewSlide(page).locator('.bd-caption')).toHaveText('The crossing, drawn');
  await expect(previewImg(page)).toHaveAttribute('alt', 'Hills under a blue sky, a low building at the centre.');

  // Bad pictures: each message in the window, the picture and its text unchanged.
  const before = await previewImg(page).getAttribute('src');
  app.dialogs.queueOpen(files.notImage);
  await ed.getByRole('button', { name: 'Replace picture…' }).click();
  await expect(ed.getByRole('alert')).toHaveText('notes-renamed.png is not an image (its contents are not PNG, JPEG, WebP, GIF, TIFF, AVIF or SVG)');
  await app.dropFile(files.svgScript);
  await expect(ed.getByRole('alert')).toHaveText('script.svg was refused: the SVG has a <script> element (nothing in a deck may run or fetch)');
  await app.dropFile(files.hugeHeader);
  await expect(ed.getByRole('alert')).toHaveText('huge-header.png is too large an image (100000 × 100000 px; pictures up to 50 megapixels are accepted)');
  await pasteFile(page, files.svgExternal, 'external-href.svg', 'image/svg+xml');
  await expect(ed.getByRole('alert')).toHaveText('external-href.svg was refused: the SVG has an external reference (href="https://example.org/tracker.png") (nothing in a deck may run or fetch)');
  await page.screenshot({ path: 'tests/artifacts/pictures-editor-refused.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await previewImg(page).getAttribute('src')).toBe(before);
  await expect(ed.getByLabel('Caption')).toHaveValue('The crossing, drawn');

  // A drop on the window: the PNG with transparency replaces the photo, keeping the text typed.
  await app.dropFile(files.alpha);
  await expect(previewImg(page)).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(ed.getByLabel('Caption')).toHaveValue('The crossing, drawn');
  // A paste: a clean SVG stays vector.
  await pasteFile(page, files.svgClean, 'clean.svg', 'image/svg+xml');
  await expect(previewImg(page)).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
  await expect(ed.getByRole('status')).toContainText('clean.svg: 640 × 360 px');

  // The two-column form: "Add picture…" per column, and a drop on the column's field.
  await slideRow(page, 2).click();
  await expect(ed.getByRole('group', { name: 'Left column picture' }).getByRole('button', { name: 'Add picture…' })).toBeVisible();
  await app.dropFile(files.large, '[aria-label="Right column picture"] .bd-picture-drop');
  const right = ed.getByRole('group', { name: 'Right column picture' });
  await expect(right.getByRole('status')).toContainText('large-photo.jpg: 1440 × 1080 px');
  await right.getByLabel('Alt text (what the picture shows)').fill('A wide landscape photo.');
  await expect(previewSlide(page).locator('.bd-col-right figure img')).toHaveAttribute('alt', 'A wide landscape photo.');
  await expect(previewSlide(page).locator('.bd-col-left figure')).toHaveCount(0);
  await page.screenshot({ path: 'tests/artifacts/pictures-editor-columns.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Export the PDF: the picture page holds its caption and source line as text.
  await slideRow(page, 1).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export deck' });
  const pdf = app.filePath('pictures.pdf');
  app.dialogs.queueSave(pdf);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expectMessage(page, `Exported ${pdf}`, 'status', true);
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('The crossing, drawn');
  expect(text).toContain('Photo: fixture camera');
  expect(text).toContain('Fixture diagram'); // the SVG picture's own text stays text in the PDF (vector, not a raster)
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, 'tests/artifacts/pictures-editor-pdf']);

  expect(await pwned(page)).toBe(false);
  expect(app.externalRequests).toEqual([]);
});

test('a hostile SVG picture written into a deck file runs nothing and fetches nothing in the preview and the presenter view', async ({ app }) => {
  const { page } = app;
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" onload="window.__pwned=1;window.top.__pwned=1">' +
    '<script>window.__pwned=1;window.top.__pwned=1;fetch("https://example.org/svg-script")</script><rect width="200" height="100" fill="#c33"/>' +
    '<image href="https://example.org/svg-image.png" width="10" height="10"/><image xlink:href="file:///etc/hostname" width="10" height="10"/>' +
    '<foreignObject width="200" height="100"><img xmlns="http://www.w3.org/1999/xhtml" src="https://example.org/fo.png" onerror="window.__pwned=1;window.top.__pwned=1"/></foreignObject></svg>';
  const raw = JSON.parse(deckJson());
  raw.slides[0].picture = { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, alt: 'A red box.', caption: 'Hostile SVG', width: 200, height: 100 };
  await openWithDialog(app, await app.writeFile('hostile.briefdeck', JSON.stringify(raw)));
  await expect(previewSlide(page).locator('.bd-caption')).toHaveText('Hostile SVG');
  await expect.poll(() => previewImg(page).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(200);
  const { audience, presenter } = await startPresenting(app, DeckSchema.parse(raw));
  for (const [view, mode] of [[audience, 'audience'], [presenter, 'presenter-current']] as const) {
    const frame = await slideFrame(view, mode);
    await expect.poll(() => frame.evaluate(() => (document.querySelector('.slides > section.present img') as HTMLImageElement | null)?.naturalWidth ?? 0)).toBe(200);
  }
  for (const p of [page, audience, presenter]) expect(await pwned(p)).toBe(false);
  expect(app.externalRequests).toEqual([]);
});
