/**
 * Copy, cut and paste of slides through the system clipboard, within a deck and into another deck opened after the
 * copy (their citations' sources travel with them); a hostile clipboard payload pastes nothing.
 */
import { expect, test } from './harness/fixture';
import { createFromTemplate, expectMessage, previewSlide, saveAs, selectedRows, slideCount, slideRow, slideTitles } from './editorSteps';

test('Ctrl+C / Ctrl+X / Ctrl+V slides within a deck and into another deck, with the sources they cite', async ({ app }) => {
  const { page } = app;
  // Deck B: a blank deck without sources, saved.
  await page.getByRole('button', { name: 'Create blank deck' }).click();
  await expect(page.getByRole('listbox', { name: 'Slide list' })).toBeVisible();
  const deckB = await saveAs(app, 'b.briefdeck');

  // Deck A: the full briefing. Copy slides 2 and 3 and paste them after slide 5.
  await page.locator('body').press('Control+N');
  await createFromTemplate(page, 'full-briefing');
  const before = await slideTitles(page);
  const total = await slideCount(page);
  await slideRow(page, 2).click();
  await slideRow(page, 3).click({ modifiers: ['Control'] });
  await page.keyboard.press('Control+C');
  await slideRow(page, 5).click();
  await page.keyboard.press('Control+V');
  await expect.poll(() => slideCount(page)).toBe(total + 2);
  await expectMessage(page, 'Pasted 2 slides.');
  expect((await slideTitles(page)).slice(0, 7)).toEqual([...before.slice(0, 5), before[1], before[2]]);
  await expect(selectedRows(page)).toHaveCount(2);
  // Cut the pasted pair: one undo step brings it back.
  await page.keyboard.press('Control+X');
  await expect.poll(() => slideCount(page)).toBe(total);
  await page.keyboard.press('Control+Z');
  await expect.poll(() => slideCount(page)).toBe(total + 2);
  const deckA = await saveAs(app, 'a.briefdeck');
  const savedA = JSON.parse(await app.readText(deckA)) as { slides: { id: string }[] };
  expect(new Set(savedA.slides.map((s) => s.id)).size).toBe(savedA.slides.length);

  // Back in the gallery, the recent decks (newest first) open with a click. Open deck B: the clipboard still holds
  // the cut slides (2 and 3 of the briefing); paste them after its title.
  await page.locator('body').press('Control+N');
  const recent = page.getByRole('region', { name: 'Recent decks' });
  await expect(recent.getByRole('button')).toHaveText([/^a\.briefdeck/, /^b\.briefdeck/]);
  await recent.getByRole('button', { name: 'Open b.briefdeck' }).click();
  await expect.poll(() => slideCount(page)).toBe(1);
  await slideRow(page, 1).click();
  await page.keyboard.press('Control+V');
  await expect.poll(() => slideCount(page)).toBe(3);
  expect((await slideTitles(page)).slice(1, 3)).toEqual([before[1], before[2]]);
  await page.keyboard.press('Control+S');
  await expectMessage(page, `Saved ${deckB}`);
  const savedB = JSON.parse(await app.readText(deckB)) as { slides: unknown[]; sources: { id: string }[] };
  const cited = new Set<string>();
  JSON.stringify(savedB.slides, (key, value: unknown) => {
    if (key === 'sourceId' && typeof value === 'string') cited.add(value);
    return value;
  });
  expect(cited.size).toBeGreaterThan(0);
  expect([...cited].every((id) => savedB.sources.some((s) => s.id === id))).toBe(true);

  // A payload from elsewhere that fails the deck check pastes nothing and says why.
  await slideRow(page, 1).click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('application/x-briefdeck-slides+json', '{"briefdeckClipboard":1,"title":"x","slides":[{"id":"a","layout":"nope"}]}');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expectMessage(page, /cannot be pasted/, 'alert');
  expect(await slideCount(page)).toBe(3);
});

test('Ctrl+M adds a slide after the current one; pasted web text becomes bullets, its HTML never runs; an empty slide is a finding; a background picture from a file', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Create blank deck' }).click();
  await expect(page.getByRole('listbox', { name: 'Slide list' })).toBeVisible();
  await page.getByLabel('Slide title').fill('Cover');
  await page.keyboard.press('Control+M');
  await expect.poll(() => slideCount(page)).toBe(2);
  await expect(slideRow(page, 2)).toHaveAttribute('aria-selected', 'true');
  await slideRow(page, 1).click();
  await page.keyboard.press('Control+M');
  await expect.poll(() => slideCount(page)).toBe(3);
  await expect(slideRow(page, 2)).toHaveAttribute('aria-selected', 'true');

  const first = page.getByLabel('Bullets: bullet 1, level 1');
  await first.fill('Lead: ');
  await first.press('End');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '•\tAnkara hedges\r\n\to\tTrade with Iran\r\n\r\n•\tTehran courts Ankara');
    data.setData('text/html', '<ul><li><img src="x" onerror="window.__pwned=1">Ankara hedges</li></ul>');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByLabel('Bullets: bullet 3, level 1')).toHaveValue('Tehran courts Ankara');
  await expect(first).toHaveValue('Lead: Ankara hedges');
  await expect(page.getByLabel('Bullets: bullet 2, level 2')).toHaveValue('Trade with Iran');
  await expect(page.getByLabel('Bullets: bullet 3, level 1')).toBeFocused();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  // The paste is one undo step.
  await page.keyboard.press('Control+Z');
  await expect(page.getByLabel(/^Bullets: bullet \d/)).toHaveCount(1);
  await expect(first).toHaveValue('Lead: ');

  // Slide 3, added by the first Ctrl+M and never written, is a pre-export finding.
  await page.getByRole('toolbar', { name: 'BriefDeck' }).getByRole('button', { name: 'Export…' }).click();
  const check = page.getByRole('dialog', { name: 'Export deck' }).getByRole('region', { name: /Pre-export check/ });
  await expect(check).not.toHaveAttribute('aria-busy', 'true', { timeout: 0 });
  await expect(check.getByRole('listitem').filter({ hasText: 'Slide 3: the slide is blank (no title, no bullet text).' })).toHaveCount(1);
  await expect(check.getByRole('listitem').filter({ hasText: /^Slide 2/ }).filter({ hasText: 'blank' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(check).toBeHidden();

  // A background picture from a file: an SVG is refused, a PNG is set, shown in the preview, and removed again.
  const png = await app.writeFile('background.png', Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
  const svg = await app.writeFile('clean.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#468"/></svg>');
  await slideRow(page, 1).click();
  const background = page.getByRole('region', { name: 'Background picture' });
  app.dialogs.queueOpen(svg);
  await background.getByRole('button', { name: 'Set background picture…' }).click();
  await expect(background.getByRole('alert')).toContainText('clean.svg cannot be a background');
  await expect(previewSlide(page)).not.toHaveAttribute('data-background-image');
  app.dialogs.queueOpen(png);
  await background.getByRole('button', { name: 'Set background picture…' }).click();
  await expect(background.getByRole('status')).toHaveText('background.png: 1 × 1 px');
  await expect(previewSlide(page)).toHaveAttribute('data-background-image', /^data:image\/png;base64,/);
  await background.getByLabel('Background fit').selectOption('contain');
  await expect(previewSlide(page)).toHaveAttribute('data-background-size', 'contain');
  await background.getByRole('button', { name: 'Remove background' }).click();
  await expect(previewSlide(page)).not.toHaveAttribute('data-background-image');
});
