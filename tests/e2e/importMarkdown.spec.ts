/**
 * Import Markdown… in the app (deck:importMarkdown): the hostile fixture, through the toolbar button and through
 * the File menu's command, opens as a new unsaved deck whose slides show their payloads as text. No payload runs
 * (the `window.__pwned` canary stays unset in the page and every frame) and no request leaves the app (the
 * harness fails the test at teardown otherwise). Save then asks for a .briefdeck path. Markdown export of the
 * imported deck goes through the export dialog (export:run, format 'markdown').
 */
import { join } from 'node:path';
import { expect, test, REPO_ROOT } from './harness/fixture';
import { expectMessage, previewSlide, slideRow, slideTitles } from './editorSteps';
import { pwned } from './presentHelpers';

const HOSTILE = join(REPO_ROOT, 'tests/fixtures/markdown/hostile.md');

test('the toolbar imports the hostile Markdown file as a new deck: slides shown, payloads inert, warnings shown, Save asks for a path', async ({ app }) => {
  const { page } = app;
  app.dialogs.queueOpen(HOSTILE);
  await page.getByRole('button', { name: 'Import Markdown…' }).click();
  await expectMessage(page, /Imported \d+ slides from Markdown/);
  expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'open', options: { title: 'Import Markdown' } });
  const titles = await slideTitles(page);
  expect(titles.length).toBeGreaterThanOrEqual(4);
  expect(titles[0]).toContain('<script>window.__pwned=1</script>');
  // A new, unsaved deck: no file name, and the import's warnings in the message line.
  const toolbar = page.getByRole('toolbar', { name: 'BriefDeck' });
  await expect(toolbar).toContainText('Not saved yet');
  await expect(page.getByTestId('alert')).toContainText(/Slide \d+: /);
  // Each slide shown in the live preview: the payloads are text, and nothing ran.
  for (let n = 1; n <= titles.length; n++) {
    await slideRow(page, n).click();
    await expect(previewSlide(page)).toBeVisible();
  }
  await slideRow(page, 1).click();
  await expect(previewSlide(page)).toContainText('<script>window.__pwned=1</script>');
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  await page.screenshot({ path: 'tests/artifacts/import-markdown.png' });
  expect(await pwned(page)).toBe(false);

  const target = app.filePath('imported.briefdeck');
  app.dialogs.queueSave(target);
  await page.keyboard.press('Control+S');
  await expectMessage(page, `Saved ${target}`);
  expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'save' });
  expect(JSON.parse(await app.readText('imported.briefdeck')).slides).toHaveLength(titles.length);
  expect(await pwned(page)).toBe(false);
  expect(app.externalRequests).toEqual([]);
});

test('File > Import Markdown… (menu command) imports too, and a dismissed dialog changes nothing', async ({ app }) => {
  const { page } = app;
  app.dialogs.queueOpen(null);
  await app.menu({ command: 'import-markdown' });
  await expect.poll(() => app.dialogs.shown.length).toBe(1);
  await expect(page.getByRole('heading', { name: 'New briefing' })).toBeVisible();

  app.dialogs.queueOpen(join(REPO_ROOT, 'tests/fixtures/markdown/reveal-talk.md'));
  await app.menu({ command: 'import-markdown' });
  await expectMessage(page, /Imported \d+ slides from Markdown/);
  const titles = await slideTitles(page);
  expect(titles.length).toBeGreaterThan(1);

  // Export… > Markdown writes the imported deck back as reveal.js Markdown (export:run, format 'markdown').
  await page.getByRole('toolbar', { name: 'BriefDeck' }).getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export deck' });
  await dialog.getByLabel('Format').selectOption('md');
  const out = app.filePath('talk-again.md');
  app.dialogs.queueSave(out);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('alert').and(page.getByRole('status'))).toContainText(`Exported ${out}`, { timeout: 0 });
  expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'save', options: { filters: [{ extensions: ['md'] }] } });
  const markdown = await app.readText('talk-again.md');
  expect(markdown.split(/^---$/m).length - 1).toBeGreaterThanOrEqual(titles.length - 1);
  for (const title of titles.filter((t) => !t.startsWith('('))) expect(markdown).toContain(title.split(' ')[0]);
  expect(await pwned(page)).toBe(false);
  expect(app.externalRequests).toEqual([]);
});
