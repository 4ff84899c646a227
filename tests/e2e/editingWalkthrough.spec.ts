/**
 * What a new user coming from PowerPoint does on a first day, in one walk (one app boot): a six-slide briefing built
 * from a blank deck by typing on the slides (Ctrl+M, a layout from the inspector, a click on the slide's "Click to add
 * title"); two slides copied into a second deck; a name replaced across the deck and the replacement undone in one
 * step; a shared theme file with a logo; a review comment, resolved; the PDF through the export dialog (one page a
 * slide, the logo on each, no comment), and the review copy with the comment.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixture';
import { commentOnFirstBullet, exportPdf, themeJson } from './brandExportSteps';
import {
  expectMessage, onSlideBox, previewSlide, saveAs, slideCount, slideEditor, slideField, slideRow, slideTitles, typeOnSlide,
} from './editorSteps';

const NAME = 'Arslan';
const NEW_NAME = 'Demir';
const COMMENT = 'Quetzal: which ministry confirmed the visit?';

/** The briefing as typed: each slide's layout (the inspector's name), title and texts by field. */
const SLIDES: { layout: string; id: string; title: string; texts: [string, string][] }[] = [
  { layout: 'Title', id: 'title', title: `${NAME} in Tehran`, texts: [] },
  { layout: 'Bullets', id: 'bullets', title: `What ${NAME} wants`, texts: [['bullets.0.text', 'A gas price deal'], ['bullets.1.text', `Support for ${NAME} on Syria`]] },
  { layout: 'Section divider', id: 'section', title: `${NAME}'s options`, texts: [] },
  { layout: 'Two columns', id: 'two-column', title: `${NAME} and Raisi compared`, texts: [['left.bullets.0.text', 'Wants cheaper gas'], ['right.bullets.0.text', 'Wants trade routes']] },
  { layout: 'Quote', id: 'quote', title: `${NAME} on the talks`, texts: [['quote', 'We came to listen']] },
  { layout: 'Bullets', id: 'bullets', title: `Next steps with ${NAME}`, texts: [['bullets.0.text', 'Watch the joint statement']] },
];
const OCCURRENCES = SLIDES.flatMap((s) => [s.title, ...s.texts.map(([, t]) => t)]).filter((t) => t.includes(NAME)).length;

/** Types `text` into `field` on the slide; a bullet after the first is started with Enter in the one before it. */
async function typeSlideText(page: Page, field: string, text: string): Promise<void> {
  const index = /^(.*bullets)\.(\d+)\.text$/.exec(field);
  if (index && index[2] !== '0') {
    await expect(onSlideBox(page)).toHaveAttribute('data-on-slide-field', `${index[1]}.${Number(index[2]) - 1}.text`);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(onSlideBox(page)).toHaveAttribute('data-on-slide-field', field);
    await page.keyboard.type(text);
    await expect(onSlideBox(page)).toHaveValue(text);
  } else {
    await typeOnSlide(page, field, text);
  }
}

const ARTIFACTS = join(__dirname, '..', 'artifacts', 'editing-walkthrough');

const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

test('a briefing typed on the slides, copied, renamed, branded, reviewed and exported, as a PowerPoint user would', async ({ app }) => {

  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // 1. A blank deck, six slides: Ctrl+M adds one after the current, the inspector sets its layout, the text is typed
  // on the large slide.
  await page.getByRole('button', { name: 'Create blank deck' }).click();
  await expect(page.getByRole('listbox', { name: 'Slide list' })).toBeVisible();
  const layout = slideEditor(page).getByLabel('Layout');
  for (const [i, slide] of SLIDES.entries()) {
    if (i > 0) {
      await page.keyboard.press('Control+M');
      await expect.poll(() => slideCount(page)).toBe(i + 1);
      await expect(slideRow(page, i + 1)).toHaveAttribute('aria-selected', 'true');
      await expect(previewSlide(page)).toContainText(`${i + 1} / ${i + 1}`);
      if ((await layout.locator('option:checked').textContent()) !== slide.layout) await layout.selectOption({ label: slide.layout });
      await expect(previewSlide(page)).toHaveAttribute('data-layout', slide.id);
      // A new slide has no title yet: the slide says where to click for one.
      await expect(slideField(page, 'title')).toHaveText('');
      await expect(slideField(page, 'title')).toBeVisible();
      if (i === 3) await page.screenshot({ path: join(ARTIFACTS, 'new-two-column-slide.png') });
    }
    await expect(layout.locator('option:checked')).toHaveText(slide.layout);
    await typeOnSlide(page, 'title', slide.title);
    for (const [field, text] of slide.texts) await typeSlideText(page, field, text);
    await page.keyboard.press('Escape');
    await expect(onSlideBox(page)).toHaveCount(0);
    await expect(slideField(page, 'title')).toHaveText(slide.title);
    for (const [field, text] of slide.texts) await expect(slideField(page, field)).toHaveText(text);
    await expect(slideRow(page, i + 1)).toHaveAccessibleName(new RegExp(`^Slide ${i + 1}: ${slide.title}`));
  }
  expect(await slideCount(page)).toBe(6);
  expect(await slideTitles(page)).toEqual(SLIDES.map((s) => s.title));
  const briefing = await saveAs(app, 'briefing.briefdeck');

  // 2. Copy slides 2 and 4 from the slide list; a second (blank) deck gets them with their text.
  await slideRow(page, 2).click();
  await slideRow(page, 4).click({ modifiers: ['Control'] });
  await page.keyboard.press('Control+C');
  await page.locator('body').press('Control+N');
  await page.getByRole('button', { name: 'Create blank deck' }).click();
  await expect.poll(() => slideCount(page)).toBe(1);
  await slideRow(page, 1).click();
  await page.keyboard.press('Control+V');
  await expectMessage(page, 'Pasted 2 slides.');
  await expect.poll(() => slideCount(page)).toBe(3);
  expect((await slideTitles(page)).slice(1)).toEqual([SLIDES[1].title, SLIDES[3].title]);
  await slideRow(page, 3).click();
  await expect(slideField(page, 'left.bullets.0.text')).toHaveText('Wants cheaper gas');
  await expect(slideField(page, 'right.bullets.0.text')).toHaveText('Wants trade routes');
  await saveAs(app, 'copies.briefdeck');

  // Back to the briefing from the gallery's recent decks.
  await page.locator('body').press('Control+N');
  await page.getByRole('region', { name: 'Recent decks' }).getByRole('button', { name: 'Open briefing.briefdeck' }).click();
  await expect.poll(() => slideCount(page)).toBe(6);

  // 3. Ctrl+H: replace the minister's name on every slide; one Ctrl+Z brings every occurrence back.
  await page.keyboard.press('Control+H');
  const replaceBar = page.getByRole('search', { name: 'Find and replace' });
  const status = replaceBar.getByRole('status');
  await replaceBar.getByLabel('Find', { exact: true }).fill(NAME);
  await expect(status).toHaveText(`${OCCURRENCES} matches`);
  await replaceBar.getByLabel('Replace with').fill(NEW_NAME);
  await replaceBar.getByRole('button', { name: 'Replace all' }).click();
  await expect(status).toHaveText(`Replaced ${OCCURRENCES} matches.`);
  // Every slide's title had the name: every row of the slide list shows the new one.
  const renamed = SLIDES.map((s) => s.title.replaceAll(NAME, NEW_NAME));
  expect(renamed.every((t) => t.includes(NEW_NAME))).toBe(true);
  await expect.poll(() => slideTitles(page)).toEqual(renamed);
  await slideRow(page, 2).click();
  await expect(slideField(page, 'bullets.1.text')).toHaveText(`Support for ${NEW_NAME} on Syria`);
  await page.keyboard.press('Control+Z');
  await expect.poll(() => slideTitles(page)).toEqual(SLIDES.map((s) => s.title));
  await expect(slideField(page, 'bullets.1.text')).toHaveText(`Support for ${NAME} on Syria`);
  await replaceBar.getByRole('button', { name: 'Close find' }).click();
  await expect(replaceBar).toBeHidden();

  // 4. The ministry's theme file, with its logo; a review comment on slide 2's first bullet, resolved.
  await page.getByRole('button', { name: 'Theme', exact: true }).click();
  app.dialogs.queueOpen(await app.writeFile('ministry.briefdeck-theme', themeJson()));
  await page.getByRole('region', { name: 'Theme' }).getByRole('button', { name: 'Apply theme file…' }).click();
  await expectMessage(page, 'Theme "Ministry" applied from ministry.briefdeck-theme');
  await expect(previewSlide(page).locator('img.bd-logo')).toHaveAttribute('alt', 'Ministry logo');
  const thread = await commentOnFirstBullet(page, 2, COMMENT);
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread).toContainText('Resolved by Desk reviewer');
  await expect(page.getByRole('region', { name: 'Review' }).getByRole('status')).toHaveText('0 open comments in the deck.');

  // 5. The PDF: a page a slide, the logo on every page, no comment; the review copy prints the comment.
  const pdf = await exportPdf(page, app, 'briefing.pdf', false);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBe(SLIDES.length);
  const imagePages = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim()).map((l) => Number(l.trim().split(/\s+/)[0]));
  expect(new Set(imagePages)).toEqual(new Set(SLIDES.map((_, i) => i + 1)));
  const text = pdfText(pdf);
  for (const slide of SLIDES) expect(text).toContain(slide.title);
  expect(text).not.toContain('Click to add');
  for (const word of ['Quetzal', 'Desk reviewer']) expect(text).not.toContain(word);
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(ARTIFACTS, 'briefing')]);
  const reviewText = pdfText(await exportPdf(page, app, 'briefing-review.pdf', true));
  expect(reviewText).toContain(COMMENT);
  expect(reviewText).toContain('Desk reviewer');
  expect(JSON.parse(await app.readText(briefing)).slides).toHaveLength(SLIDES.length);
});
