/**
 * Steps shared by the editor's end-to-end specs (editor*.spec.ts, gallery*.spec.ts): what a user does, in the
 * user's terms (click a template card, read the slide list, wait for a message).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, type BriefDeckApp } from './harness/fixture';

/** Clicks "Use template" on a gallery card and waits for the editor. */
export async function createFromTemplate(page: Page, templateId: string): Promise<void> {
  await page.locator(`[data-template-id="${templateId}"]`).getByRole('button', { name: /Use template/ }).click();
  await expect(page.getByRole('listbox', { name: 'Slide list' })).toBeVisible();
}

/** The slide list's rows as the user reads them: "Slide n: title" (the mounted rows, top to bottom). */
export async function slideRowLabels(page: Page): Promise<string[]> {
  return page
    .getByRole('listbox', { name: 'Slide list' })
    .getByRole('option')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const copy = row.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    );
}

/** The slide list row of slide `n` (1-based). */
export function slideRow(page: Page, n: number) {
  return page.getByRole('listbox', { name: 'Slide list' }).getByRole('option', { name: new RegExp(`^Slide ${n}:`) });
}

/** The number of slides in the deck, as the slide list's header shows it (the list itself mounts only visible rows). */
export async function slideCount(page: Page): Promise<number> {
  const label = await page.getByRole('toolbar', { name: 'Slide actions' }).getByLabel(/^\d+ slides$/).getAttribute('aria-label');
  return Number(label?.split(' ')[0]);
}

/** The selected rows of the slide list. */
export function selectedRows(page: Page) {
  return page.getByRole('listbox', { name: 'Slide list' }).getByRole('option', { selected: true });
}

/** Titles of the mounted rows in order, read from the slide list's labels ("Slide 3: Context ..." -> "Context ..."). */
export async function slideTitles(page: Page): Promise<string[]> {
  return (await slideRowLabels(page)).map((l) => l.replace(/^Slide \d+: /, '').replace(/ \(hidden\)$/, ''));
}

/**
 * Waits for the status/alert line to show `text`. `untilDone` waits as long as the test may run (for a message that
 * ends a job of unknown length, such as a PDF export), instead of the default 5 s of a UI reaction.
 */
export async function expectMessage(page: Page, text: string | RegExp, role: 'status' | 'alert' = 'status', untilDone = false): Promise<void> {
  await expect(page.getByTestId('alert').and(page.getByRole(role))).toContainText(text, untilDone ? { timeout: 0 } : {});
}

/**
 * dnd-kit's live region (the drag announcements of src-renderer/slideList/dragAnnouncements.ts). A drag has reached a
 * position when this says so; a drop before that lands wherever the last processed pointer or arrow event was.
 */
export function dragAnnouncement(page: Page) {
  return page.locator('[id^="DndLiveRegion"]');
}

/**
 * Freezes the page's clock (`Date.now`, `new Date()`; timers keep running), so every keystroke that follows falls
 * inside the editor's typing-burst window (MERGE_WINDOW_MS, src-renderer/store/types.ts) however slowly the machine
 * delivers them. `advance` moves the frozen time on, e.g. past the window to end a burst as a pause would.
 */
export async function freezeClock(page: Page): Promise<{ advance(ms: number): Promise<void> }> {
  let now = Date.now();
  await page.clock.setFixedTime(now);
  return {
    advance: async (ms) => {
      now += ms;
      await page.clock.setFixedTime(now);
    },
  };
}

/** Saves with Ctrl+S; a deck without a file gets the queued Save dialog answer `name` (in the test's folder). */
export async function saveAs(app: BriefDeckApp, name: string): Promise<string> {
  const path = app.filePath(name);
  app.dialogs.queueSave(path);
  await app.page.keyboard.press('Control+S');
  await expectMessage(app.page, `Saved ${path}`);
  return path;
}

/** Opens `path` with Ctrl+O and the queued Open dialog answer. */
export async function openWithDialog(app: BriefDeckApp, path: string): Promise<void> {
  const shown = app.dialogs.shown.length;
  app.dialogs.queueOpen(path);
  await app.page.locator('body').press('Control+O');
  await expect.poll(() => app.dialogs.shown.length).toBeGreaterThan(shown);
}

/** The text shown in the live preview's slide frame (sandboxed reveal.js iframe), current slide only. */
export function previewSlide(page: Page) {
  return page.frameLocator('.preview-stage iframe').locator('.reveal .slides > section.present');
}

/** The inspector's form of the selected slide. */
export function slideEditor(page: Page) {
  return page.getByRole('region', { name: 'Slide editor' });
}

/** The text box that a click on a text of the large slide opens over it (the on-slide editor). */
export function onSlideBox(page: Page) {
  return page.locator('.bd-on-slide-editor');
}

/** The text of slide `field` in the preview frame (the markup's `data-bd-field`, e.g. "title", "bullets.0.text"). */
export function slideField(page: Page, field: string) {
  return previewSlide(page).locator(`[data-bd-field="${field}"]`);
}

/**
 * Clicks `field` on the large slide, waits for the on-slide text box to take the focus, selects what it holds and types
 * `text` over it (an empty field shows "Click to add ..." and holds nothing). The box stays open, so Enter can go on to
 * the next bullet.
 */
export async function typeOnSlide(page: Page, field: string, text: string): Promise<void> {
  await slideField(page, field).click();
  const box = onSlideBox(page);
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('data-on-slide-field', field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await expect(box).toHaveValue(text);
}

/** axe-core scan: violations of serious or critical impact (rule id: first target), for an expectation. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}
