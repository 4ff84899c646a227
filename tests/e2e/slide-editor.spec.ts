/**
 * The slide editor end to end (slide editor, citations, insert from the argument map, deck settings,
 * notes): the real renderer against the real main-process handlers, in Chromium. Screenshots go to tests/artifacts/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixture';
import { timelineSortKey } from '../../src-shared/commands/sortTimelineEntries';
import { createFromTemplate, freezeClock, previewSlide, slideRow, slideTitles } from './editorSteps';

/** axe-core over this helper's parts only (the slide editor, the notes pane and any open dialog): serious or critical. */
async function editorA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .include('[aria-label="Slide editor"]')
    .include('[aria-label="Speaker notes"]')
    .include('dialog[open]')
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** "Slide n of N" from the editor's heading, as numbers. */
async function slidePosition(page: Page): Promise<[number, number]> {
  const text = (await editor(page).getByRole('heading', { level: 2 }).textContent()) ?? '';
  const m = /Slide (\d+) of (\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

const shot = (name: string) => ({ path: `tests/artifacts/slide-editor-${name}.png`, fullPage: false });
const editor = (page: Page) => page.getByRole('region', { name: 'Slide editor' });

test('bullets: indent with Tab, cite from the picker, the preview shows both', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 4).click();
  const ed = editor(page);
  await expect(ed.getByLabel('Slide title')).toHaveValue('Context: the US returns after 7 October');
  const second = ed.getByLabel('Bullets: bullet 2, level 1');
  const text = await second.inputValue();
  await second.focus();
  await page.keyboard.press('Tab');
  await expect(ed.getByLabel('Bullets: bullet 2, level 2')).toHaveValue(text);
  await expect(ed.getByLabel('Bullets: bullet 2, level 2')).toBeFocused();
  await expect(previewSlide(page).locator('li li').first()).toContainText(text.slice(0, 30));

  await ed.getByRole('button', { name: 'Add citation…' }).click();
  const picker = page.getByRole('dialog', { name: /Cite sources for the slide/ });
  await expect(picker.getByRole('list', { name: 'Source paragraphs' }).getByRole('checkbox')).toHaveCount(19);
  await picker.getByLabel('Filter claims, facts and paragraphs').fill('carrier');
  await picker.getByRole('checkbox').first().check();
  await picker.screenshot({ path: 'tests/artifacts/slide-editor-citation-picker.png' });
  expect(await editorA11yViolations(page)).toEqual([]);
  await picker.getByRole('button', { name: 'Done' }).click();
  const chips = ed.getByRole('list', { name: 'Slide citations' });
  await expect(chips.locator('.bd-chip-source')).toHaveText('Adar & Azizi 2023');
  await expect(chips.locator('li.bd-chip')).toContainText('¶1');
  await expect(page.getByRole('button', { name: 'Undo Edit citations' })).toBeEnabled();
  await page.screenshot(shot('bullets'));
  expect(await editorA11yViolations(page)).toEqual([]);
});

test('key judgments citing one paragraph from two claims: chips told apart by claim, one merged marker per source', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 2).click();
  const chips = editor(page).getByRole('list', { name: 'Citations of key judgment 3' });
  await expect(chips.locator('.bd-chip-source')).toHaveText(['Adar & Azizi 2023']);
  await expect(chips.locator('li.bd-chip .bd-chip-open')).toHaveText(['¶16 · limits.claim1', '¶16 · limits.fact1']);
  await expect(previewSlide(page).locator('.bd-judgment .bd-cite').nth(2)).toHaveText('[1 ¶16]');
  await expect(previewSlide(page).locator('.bd-judgment .bd-cite').nth(1)).toHaveText('[1 ¶16, 19]');
  await chips.scrollIntoViewIfNeeded();
  await page.screenshot(shot('citation-chips'));
  await chips.getByRole('button', { name: 'Remove citation Adar & Azizi 2023, ¶16 · limits.fact1' }).click();
  await expect(chips.locator('li.bd-chip .bd-chip-open')).toHaveText(['¶16 · limits.claim1']);
  await expect(previewSlide(page).locator('.bd-judgment .bd-cite').nth(2)).toHaveText('[1 ¶16]');
});

test('insert an argument’s slides after the current slide, cited, as one undo step', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await createFromTemplate(page, 'full-briefing');
  const before = await slideTitles(page);
  await slideRow(page, 3).click();
  const [, total] = await slidePosition(page);
  await editor(page).getByRole('button', { name: 'Insert from argument map…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert from the argument map' });
  await dialog.screenshot({ path: 'tests/artifacts/slide-editor-insert-dialog.png' });
  expect(await editorA11yViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: /^Limits to an axis/ }).click();
  await expect(dialog).toBeHidden();
  await expect(editor(page).getByLabel('Slide title')).toHaveValue('Limits to an axis');
  const [position, newTotal] = await slidePosition(page);
  expect(position).toBe(4);
  // "Limits to an axis" has claims and a dated fact: a claims slide and an evidence-and-counterpoints slide
  expect(newTotal).toBe(total + 2);
  const after = await slideTitles(page);
  expect(after.slice(0, 5)).toEqual([...before.slice(0, 3), 'Limits to an axis', 'Limits to an axis: evidence and counterpoints']);
  expect(after[5]).toBe(before[3]);
  // every inserted claim is cited: no uncited warnings, and the preview shows endnote markers
  await expect(editor(page).getByRole('img', { name: /has no citation/ })).toHaveCount(0);
  await expect(previewSlide(page)).toContainText('Limits to an axis');
  await page.keyboard.press('Control+Z');
  await expect.poll(() => slideTitles(page)).toEqual(before);
});

test('table: edit a cell, add a row and a column; the preview shows the cell', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await createFromTemplate(page, 'ankara-vs-tehran');
  await slideRow(page, 2).click();
  const ed = editor(page);
  const cell = ed.getByLabel('Row 1, column 2');
  await cell.fill('Resistance movement (Erdoğan, 28 Oct 2023)');
  await expect(previewSlide(page).locator('td, th').filter({ hasText: 'Resistance movement (Erdoğan, 28 Oct 2023)' })).toHaveCount(1);
  const rows = await ed.getByRole('button', { name: /^Remove row \d+$/ }).count();
  await ed.getByRole('button', { name: '+ Add row' }).click();
  await expect(ed.getByRole('button', { name: /^Remove row \d+$/ })).toHaveCount(rows + 1);
  await ed.getByLabel(`Row ${rows + 1}, column 1`).fill('Russia');
  await expect(previewSlide(page)).toContainText('Russia');
  await page.screenshot(shot('table'));
});

test('timeline: add an entry, sort by date; the preview shows it in order', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await createFromTemplate(page, 'timeline-oct-nov-2023');
  await slideRow(page, 2).click();
  const ed = editor(page);
  const entries = await ed.getByRole('button', { name: /^Remove entry \d+$/ }).count();
  await ed.getByRole('button', { name: '+ Add entry' }).click();
  const n = entries + 1;
  await ed.getByLabel(`Date of entry ${n}`).fill('2023-10-08');
  await ed.getByLabel(`Event of entry ${n}`).fill('Test entry: Ankara calls for restraint');
  await ed.getByRole('button', { name: 'Sort by date' }).click();
  const dates = await ed.getByLabel(/^Date of entry \d+$/).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const keys = dates.map(timelineSortKey);
  expect(keys.every((k) => k !== null)).toBe(true);
  expect([...keys].sort()).toEqual(keys);
  expect(dates.indexOf('2023-10-08')).toBeGreaterThan(0);
  // the preview lists the entries in the same order
  const events = await ed.getByLabel(/^Event of entry \d+$/).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  // The preview redraws after the edit and again after the sort: wait for the sorted order, not the first redraw.
  const previewOrder = async () => {
    const text = (await previewSlide(page).textContent()) ?? '';
    const positions = events.map((e) => text.indexOf(e.slice(0, 25)));
    return positions.every((p) => p >= 0) && positions.every((p, i) => i === 0 || positions[i - 1] < p);
  };
  await expect.poll(previewOrder).toBe(true);
  await page.screenshot(shot('timeline'));
});

test('deck settings: Persian switches the deck to right to left; editor fields and preview follow', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 4).click();
  await page.getByRole('button', { name: 'Deck settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deck settings' });
  await dialog.getByLabel('Language (BCP 47 tag)').fill('fa');
  await expect(dialog.getByLabel('Text direction')).toHaveValue('rtl');
  await dialog.getByLabel('Banner text').fill('UNCLASSIFIED // EXERCISE');
  await dialog.getByLabel('Target duration (minutes)').fill('20');
  await dialog.getByLabel('Time per slide (seconds)').fill('45');
  await dialog.screenshot({ path: 'tests/artifacts/slide-editor-settings.png' });
  expect(await editorA11yViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('note', { name: /^Classification/ })).toContainText('UNCLASSIFIED // EXERCISE');
  await page.getByRole('button', { name: 'Deck settings', exact: true }).click();
  await expect(dialog.getByLabel('Target duration (minutes)')).toHaveValue('20');
  await expect(dialog.getByLabel('Time per slide (seconds)')).toHaveValue('45');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  const ed = editor(page);
  await expect(ed.getByLabel('Slide title')).toHaveAttribute('dir', 'rtl');
  await ed.getByLabel('Slide title').fill('ترکیه و ایران پس از ۷ اکتبر');
  await expect(ed.getByLabel('Bullets: bullet 1, level 1')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('region', { name: 'Speaker notes' }).getByRole('textbox')).toHaveAttribute('dir', 'rtl');
  // The preview frame re-renders the deck when its direction changes; allow for a loaded machine.
  await expect(page.frameLocator('.preview-stage iframe').locator('.reveal')).toHaveAttribute('dir', 'rtl');
  await expect(previewSlide(page)).toContainText('ترکیه و ایران');
  await page.screenshot(shot('rtl'));
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expect(ed.getByLabel('Slide title')).toHaveAttribute('dir', 'ltr');
});

test('notes pane: typing is saved, counted and timed; a burst is one undo step', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 2).click();
  const notes = page.getByRole('region', { name: 'Speaker notes' }).getByRole('textbox');
  const original = await notes.inputValue();
  // Every keystroke below is within the burst window of the one before (the clock stands still), as when a person
  // types without pausing, whatever the machine's speed.
  await freezeClock(page);
  await notes.fill('');
  await expect(page.getByRole('region', { name: 'Speaker notes' })).toContainText('0 words');
  await notes.pressSequentially('Open with the bottom line then take questions');
  await expect(page.getByRole('region', { name: 'Speaker notes' })).toContainText('8 words');
  await expect(page.getByRole('region', { name: 'Speaker notes' })).toContainText('about 0:04 to speak');
  await page.screenshot(shot('notes'));
  // The clearing and the typing that followed with no pause are one burst: one undo restores the original.
  await page.keyboard.press('Control+Z');
  await expect(notes).toHaveValue(original);
  await page.keyboard.press('Control+Y');
  await expect(notes).toHaveValue('Open with the bottom line then take questions');
});
