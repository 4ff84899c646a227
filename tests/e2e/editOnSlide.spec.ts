/**
 * Editing on the slide: a click on a text of the large slide opens a text box over it; what is typed shows on the
 * slide and in the form at once, and Undo takes it back (one history). Enter starts a new bullet, Tab and Shift+Tab
 * indent and outdent it, Esc leaves. A deck text that is markup stays text while it is edited on the slide.
 */
import { expect, test } from './harness/fixture';
import { createFromTemplate, onSlideBox, openWithDialog, previewSlide, slideEditor, slideField, slideRow } from './editorSteps';
import { hostileEverywhereDeck } from '../shared/hostileEverywhereDeck';

test('click the title on the slide, type: the slide and the form show it; undo restores it', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 4).click();
  const title = await slideEditor(page).getByLabel('Slide title').inputValue();
  await expect(slideField(page, 'title')).toHaveText(`(U) ${title}`); // the preview has moved to the slide
  await slideField(page, 'title').click();
  const box = onSlideBox(page);
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(title);
  await expect(box).toHaveAccessibleName('Edit on the slide: Slide title');
  await page.keyboard.type(' (revised)');
  await expect(slideEditor(page).getByLabel('Slide title')).toHaveValue(`${title} (revised)`);
  await expect(slideField(page, 'title')).toHaveText(`(U) ${title} (revised)`);
  await page.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
  // The burst is one undo step, as typing in the form is.
  await page.keyboard.press('Control+Z');
  await expect(slideEditor(page).getByLabel('Slide title')).toHaveValue(title);
  await expect(slideField(page, 'title')).toHaveText(`(U) ${title}`);
});

test('bullets on the slide: Enter starts a new bullet, Tab indents, Shift+Tab outdents, Backspace removes an empty one', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 4).click();
  const form = slideEditor(page);
  const bullets = form.locator('li.bd-bullet');
  const before = await bullets.count();
  const first = await form.getByLabel('Bullets: bullet 1, level 1').inputValue();
  await expect(slideField(page, 'bullets.0.text')).toContainText(first.slice(0, 20));
  await slideField(page, 'bullets.0.text').click();
  const box = onSlideBox(page);
  await expect(box).toHaveValue(first);
  await expect(box).toBeFocused();

  // Enter at the end: a new bullet below, at the same level, and the text box moves to it.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await expect(box).toHaveAttribute('data-on-slide-field', 'bullets.1.text');
  await page.keyboard.type('A new point');
  await expect(form.getByLabel('Bullets: bullet 2, level 1')).toHaveValue('A new point');
  await expect(bullets).toHaveCount(before + 1);
  await expect(slideField(page, 'bullets.1.text')).toHaveText('A new point');

  // Tab indents it under the bullet before it; Shift+Tab brings it back (the slide nests it, then does not).
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Bullets: bullet 2, level 2')).toHaveValue('A new point');
  await expect(previewSlide(page).locator('ul ul > li[data-bd-field="bullets.1.text"]')).toHaveText('A new point');
  await expect(box).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(form.getByLabel('Bullets: bullet 2, level 1')).toHaveValue('A new point');
  await expect(previewSlide(page).locator('ul.bd-bullets > li[data-bd-field="bullets.1.text"]')).toHaveText('A new point');

  // Enter inside the text splits it: the rest moves to the next bullet, as in PowerPoint.
  for (let i = 0; i < ' point'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Bullets: bullet 2, level 1')).toHaveValue('A new');
  await expect(form.getByLabel('Bullets: bullet 3, level 1')).toHaveValue(' point');
  await expect(box).toHaveAttribute('data-on-slide-field', 'bullets.2.text');
  await expect(slideField(page, 'bullets.2.text')).toHaveText('point');

  // An emptied bullet goes with Backspace; the text box goes back to the bullet above.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  await expect(bullets).toHaveCount(before + 1);
  await expect(box).toHaveAttribute('data-on-slide-field', 'bullets.1.text');
  await expect(box).toHaveValue('A new');
  await page.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
  await expect(slideField(page, 'bullets.1.text')).toHaveText('A new');
});

test('a hostile deck text edited on the slide stays text: nothing runs, nothing loads', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await openWithDialog(app, await app.writeFile('hostile.briefdeck', JSON.stringify(hostileEverywhereDeck())));
  await slideRow(page, 3).click();
  const field = slideField(page, 'bullets.0.text');
  await expect(field).toContainText('onerror=');
  await field.click({ position: { x: 40, y: 8 } }); // its long text runs under the bottom banner
  const box = onSlideBox(page);
  await expect(box).toHaveValue(/^Ankara hosts .*<img src=x onerror=/);
  await expect(box).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' <svg onload="window.__pwned=2"></svg><iframe srcdoc="<script>parent.__pwned=3</script>">');
  await page.keyboard.press('Escape');
  await expect(field).toContainText('<svg onload="window.__pwned=2"></svg><iframe srcdoc=');
  await expect(slideEditor(page).getByLabel('Bullets: bullet 1, level 1')).toHaveValue(/<iframe srcdoc="<script>parent.__pwned=3<\/script>">$/);
  // The title too: typed markup is shown as typed.
  await slideField(page, 'title').click();
  await expect(box).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('<img src=x onerror="window.__pwned=4">');
  await page.keyboard.press('Escape');
  await expect(slideField(page, 'title')).toContainText('<img src=x onerror="window.__pwned=4">');
  expect(await previewSlide(page).locator('img[onerror], svg[onload], iframe, script').count()).toBe(0);
  for (const frame of page.frames()) expect(await frame.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  expect(app.externalRequests).toEqual([]);
});
