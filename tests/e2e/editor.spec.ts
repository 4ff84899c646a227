/**
 * The editor end to end: the real renderer against the real main-process handlers (tests/e2e/harness).
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './harness/fixture';
import { createFromTemplate, dragAnnouncement, expectMessage, freezeClock, openWithDialog, previewSlide, saveAs, slideRow, slideTitles } from './editorSteps';

test('create from full-briefing, edit a title, and the preview shows it', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'full-briefing');
  expect((await slideTitles(page))[0]).toMatch(/^Turkey and Iran after 7 October/);
  await slideRow(page, 4).click();
  const title = page.getByLabel('Slide title');
  await expect(title).toHaveValue('Context: the US returns after 7 October');
  await title.fill('Context: Washington returns to the region');
  await expect(previewSlide(page)).toContainText('Context: Washington returns to the region');
  await expect(slideRow(page, 4)).toHaveAccessibleName('Slide 4: Context: Washington returns to the region');
  // The toolbar names the action to undo.
  await expect(page.getByRole('button', { name: 'Undo Edit title' })).toBeEnabled();
});

test('drag slide 5 to position 2 with the mouse; the order survives save and reopen', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'full-briefing');
  const before = await slideTitles(page);
  const from = await slideRow(page, 5).boundingBox();
  const to = await slideRow(page, 2).boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2 - 20, { steps: 5 });
  await page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2 - 10, { steps: 15 });
  // Drop only once dnd-kit has seen the pointer over position 2 (on a busy machine its layout lags the mouse).
  await expect(dragAnnouncement(page)).toContainText('Slide 5 is over position 2.');
  await page.mouse.up();
  const expected = [before[0], before[4], before[1], before[2], before[3], ...before.slice(5)];
  await expect.poll(() => slideTitles(page)).toEqual(expected);

  const path = await saveAs(app, 'reordered.briefdeck');
  const saved = JSON.parse(await readFile(path, 'utf8'));
  expect(saved.slides.slice(0, 5).map((s: { title: string }) => s.title)).toEqual(expected.slice(0, 5));

  await app.relaunch();
  await openWithDialog(app, path);
  await expect(slideRow(app.page, 2)).toHaveAccessibleName(`Slide 2: ${before[4]}`);
  expect((await slideTitles(app.page)).slice(0, 5)).toEqual(expected.slice(0, 5));
});

test('keyboard reorder: Space, Arrow Up, Space moves the focused slide up one place', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'full-briefing');
  const before = await slideTitles(page);
  await slideRow(page, 4).click();
  await expect(slideRow(page, 4)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(slideRow(page, 4)).toHaveAttribute('aria-pressed', 'true');
  await expect(dragAnnouncement(page)).toContainText('Slide 4 is over position 4.');
  // dnd-kit's KeyboardSensor adds its arrow-key listener in a setTimeout(0) queued by the Space keydown: a timer
  // queued now fires after it, so once it has fired the arrows move the dragged slide.
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  await page.keyboard.press('ArrowUp');
  await expect(dragAnnouncement(page)).toContainText('Slide 4 is over position 3.');
  await page.keyboard.press('Space');
  await expect.poll(() => slideTitles(page)).toEqual([before[0], before[1], before[3], before[2], ...before.slice(4)]);
  // Plain arrows move the selection, they do not reorder.
  await page.keyboard.press('ArrowDown');
  await expect(slideRow(page, 4)).toHaveAttribute('aria-selected', 'true');
  expect((await slideTitles(page))[2]).toBe(before[3]);
  // One undo step restores the order.
  await page.keyboard.press('Control+Z');
  await expect.poll(() => slideTitles(page)).toEqual(before);
});

test('undo and redo a bullet edit (a typing burst is one step; Ctrl+Z works inside the field)', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 6).click();
  const bullet = page.getByRole('textbox', { name: /bullet 1, level 1/ }).first();
  const original = await bullet.inputValue();
  await bullet.click();
  await bullet.press('Control+End'); // a bullet box wraps long text: End alone ends the line
  const clock = await freezeClock(page);
  await bullet.pressSequentially(' (edited)');
  await expect(bullet).toHaveValue(`${original} (edited)`);
  // A pause longer than the burst window ends the burst: the next keystroke is an undo step of its own.
  await clock.advance(1500);
  await bullet.press('!');
  await expect(bullet).toHaveValue(`${original} (edited)!`);
  await bullet.press('Control+Z');
  await expect(bullet).toHaveValue(`${original} (edited)`);
  await bullet.press('Control+Z');
  await expect(bullet).toHaveValue(original);
  await bullet.press('Control+Shift+Z');
  await expect(bullet).toHaveValue(`${original} (edited)`);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(bullet).toHaveValue(original);
  await bullet.press('Control+Y');
  await expect(bullet).toHaveValue(`${original} (edited)`);
});

test('speaker notes are saved with the deck', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 2).click();
  const notes = page.getByLabel('Speaker notes, slide 2');
  await notes.fill('Pause here: ask who has seen the 3+3 format.');
  const path = await saveAs(app, 'notes.briefdeck');
  const saved = JSON.parse(await readFile(path, 'utf8'));
  expect(saved.slides[1].notes).toBe('Pause here: ask who has seen the 3+3 format.');
  await expectMessage(page, 'Saved');
  expect(app.shell.state('main').dirty).toBe(false);
});
