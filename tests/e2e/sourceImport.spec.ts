/**
 * Importing an article as a source, end to end in the app: the toolbar's Import source… reads a .txt file chosen in
 * the (queued) open dialog, the review corrects its paragraphs (exclude, merge, split) and metadata, Accept adds the
 * source to the deck in one undo step and saves it to the per-user source library; the library dialog lists it and
 * refuses to add it twice; the argument-map editor builds a two-argument map with stances, saved in one undo step
 * (undone and redone). A file with no text gives one message and changes nothing. No request leaves the app (the
 * harness fails the test at teardown otherwise).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, REPO_ROOT } from './harness/fixture';
import { createFromTemplate, expectMessage } from './editorSteps';

const ARTICLE = join(REPO_ROOT, 'tests/fixtures/sources/upper-basin.txt');
const EMPTY = join(REPO_ROOT, 'tests/fixtures/sources/empty.txt');
const TITLE = 'Water sharing in the upper basin';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'BriefDeck' });

test('import a .txt source, correct its paragraphs, accept, find it in the library, build its argument map, undo and redo', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'five-minute-bluf');
  app.dialogs.queueOpen(ARTICLE);
  await toolbar(page).getByRole('button', { name: 'Import source…' }).click();
  const review = page.getByRole('dialog', { name: 'Import source: upper-basin.txt' });
  await expect(review).toBeVisible();
  expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'open', options: { title: 'Import source' } });
  await expect(review.getByLabel('Title')).toBeFocused();
  await expect(review.getByLabel('Title')).toHaveValue('Water Sharing on the Upper Basin');
  const counter = review.getByRole('status');
  await expect(counter).toHaveText('7 paragraphs in 1 section');
  const items = review.getByTestId('review-item');
  await expect(items.filter({ hasText: 'By Lena Okafor' })).toContainText('Left out: too short');

  // Exclude the photo caption, merge the paragraph the file broke in two, split the last one before "That".
  await review.getByRole('button', { name: 'Exclude ¶6' }).click();
  await expect(counter).toHaveText('6 paragraphs in 1 section');
  await expect(items.filter({ hasText: 'Photo:' })).toContainText('Left out by you');
  await review.getByRole('button', { name: 'Merge ¶3 with the next item' }).click();
  await expect(counter).toHaveText('5 paragraphs in 1 section');
  await review.getByRole('button', { name: 'Split ¶5' }).click();
  await expect(review.getByLabel('Text of ¶5: put the caret where the new paragraph starts')).toBeFocused();
  await review.getByRole('group', { name: 'Split ¶5 before a word' }).getByRole('button', { name: 'That', exact: true }).click();
  await expect(counter).toHaveText('6 paragraphs in 1 section');
  await expect(items.filter({ hasText: /^¶6/ })).toContainText('That leverage is limited');

  // Metadata: an http address is refused inline; the fixed form is accepted.
  await review.getByLabel('Title').fill(TITLE);
  await review.getByLabel('Authors (one per line)').fill('Lena Okafor\nTomas Reyes');
  await review.getByLabel('Date').fill('2024-03-14');
  await review.getByLabel('Address (URL)').fill('http://example.org/upper-basin');
  await review.getByRole('button', { name: 'Accept' }).click();
  await expect(review.getByText('The address must start with https://, or leave it empty.')).toBeVisible();
  await expect(review.getByLabel('Address (URL)')).toBeFocused();
  await review.getByLabel('Address (URL)').fill('https://example.org/upper-basin');
  await page.screenshot({ path: 'tests/artifacts/source-import-review.png' });
  await review.getByRole('button', { name: 'Accept' }).click();
  await expect(review).toBeHidden();
  await expectMessage(page, `Imported “${TITLE}” as a source of this deck: 6 paragraphs. Saved to your source library.`);
  await expect(toolbar(page).getByRole('button', { name: `Undo Import source ${TITLE}` })).toBeEnabled();

  const libraryDir = join(app.dirs.userData, 'sources');
  expect(await readdir(libraryDir)).toEqual(['okafor-2024-water-sharing-in.json']);
  const stored = JSON.parse(await readFile(join(libraryDir, 'okafor-2024-water-sharing-in.json'), 'utf8'));
  expect(stored).toMatchObject({ format: 'briefdeck-source', schemaVersion: 1, source: { title: TITLE, authors: ['Lena Okafor', 'Tomas Reyes'], date: '2024-03-14', url: 'https://example.org/upper-basin' } });
  const texts: string[] = stored.source.paragraphs.map((p: { text: string }) => p.text);
  expect(texts).toHaveLength(6);
  expect(texts[2]).toBe('Negotiators seemingly agreed to share gauge readings every week, and a joint technical committee will meet each quarter to review the figures.');
  expect(texts[4]).toMatch(/^The lenders .* commitment\.$/);
  expect(texts[5]).toMatch(/^That leverage is limited/);
  expect(texts.some((t) => t.startsWith('Photo:'))).toBe(false);

  // The library dialog names it among the deck's sources and in the library, and refuses to add it twice.
  await toolbar(page).getByRole('button', { name: 'Source library…' }).click();
  const library = page.getByRole('dialog', { name: 'Sources' });
  await expect(library.getByRole('list', { name: 'Sources of this deck' })).toContainText(`${TITLE} Lena Okafor, Tomas Reyes · 2024-03-14 · 6 paragraphs`);
  await expect(library.getByRole('list', { name: 'Your source library' })).toContainText(`${TITLE}Lena Okafor, Tomas Reyes · 2024-03-14 · 6 paragraphs`);
  await library.getByRole('button', { name: `Add “${TITLE}” to the deck` }).click();
  await expect(library.getByRole('alert')).toHaveText(`“${TITLE}” is already a source of this deck (id okafor-2024-water-sharing-in).`);
  await page.screenshot({ path: 'tests/artifacts/source-library.png' });

  // The argument map: two arguments with stances; missing paragraphs and an out-of-range one are flagged inline.
  await library.getByRole('button', { name: `Argument map of “${TITLE}”` }).click();
  const map = page.getByRole('dialog', { name: 'Argument map' });
  await expect(map.getByText(`Source: ${TITLE}`)).toBeVisible();
  await map.getByRole('button', { name: 'Add argument' }).click();
  await map.getByLabel('Title of argument 1').fill('Cascade and summer flows');
  await map.getByLabel('Summary of argument 1').fill('The dams may change who gets water in summer.');
  await map.getByLabel('Claim 1 of argument 1, in your own words').fill('Summer releases downstream could fall sharply.');
  await map.getByRole('button', { name: 'Save map' }).click();
  await expect(map.getByText('Cite at least one paragraph for the claim.')).toBeVisible();
  await expect(map.getByRole('alert')).toContainText('One field needs attention');
  await map.getByLabel('Add paragraphs to claim 1 of argument 1').fill('9');
  await map.getByLabel('Add paragraphs to claim 1 of argument 1').press('Enter');
  await expect(map.getByText('¶9 is not in this source (¶1–6).')).toBeVisible();
  await map.getByLabel('Add paragraphs to claim 1 of argument 1').fill('2');
  await map.getByLabel('Add paragraphs to claim 1 of argument 1').press('Enter');
  await expect(map.getByRole('group', { name: 'Paragraphs cited by claim 1 of argument 1' })).toContainText('¶2');
  await map.getByLabel('The source’s stance').first().selectOption('hedged');
  await map.getByLabel('Hedge word').fill('could');
  await map.getByRole('button', { name: 'Add fact to argument 1' }).click();
  await map.getByLabel('Fact 1 of argument 1, in your own words').fill('The interim memorandum was signed in March 2024.');
  await map.getByLabel('Date').fill('2024-03');
  await map.getByLabel('Pick a paragraph for fact 1 of argument 1').selectOption({ label: '¶1 The two riparian states signed an interim water-sharing…' });
  await map.getByRole('listitem', { name: 'fact 1 of argument 1' }).getByLabel('The source’s stance').selectOption('asserted');

  await map.getByRole('button', { name: 'Add argument' }).click();
  await map.getByLabel('Title of argument 2').fill('Data sharing builds a floor');
  await map.getByLabel('Summary of argument 2').fill('Weekly readings and a committee give both sides the same numbers.');
  await map.getByLabel('Claim 1 of argument 2, in your own words').fill('Both sides apparently accepted weekly exchange of readings.');
  await map.getByLabel('Add paragraphs to claim 1 of argument 2').fill('3-4');
  await map.getByLabel('Add paragraphs to claim 1 of argument 2').press('Enter');
  const claim2 = map.getByRole('listitem', { name: 'claim 1 of argument 2' });
  await claim2.getByLabel('The source’s stance').selectOption('attributed');
  await claim2.getByLabel('Whose view').fill('Negotiators');
  await map.getByRole('button', { name: 'Add counterpoint to argument 2' }).click();
  const counter2 = map.getByRole('listitem', { name: 'counterpoint 1 of argument 2' });
  await counter2.getByLabel('Counterpoint 1 of argument 2, in your own words').fill('Lenders have little leverage over a dam paid for at home.');
  await counter2.getByLabel('Pick a paragraph for counterpoint 1 of argument 2').selectOption({ label: '¶6 That leverage is limited, however, because the cascade…' });
  await counter2.getByLabel('The source’s stance').selectOption('asserted');
  await page.screenshot({ path: 'tests/artifacts/source-argument-map.png', fullPage: true });
  await map.getByRole('button', { name: 'Save map' }).click();
  await expect(map).toBeHidden();
  await expectMessage(page, `Saved the argument map of “${TITLE}” in the deck and in your source library.`);
  await expect(toolbar(page).getByRole('button', { name: 'Undo Edit argument map' })).toBeEnabled();

  const saved = JSON.parse(await readFile(join(libraryDir, 'okafor-2024-water-sharing-in.json'), 'utf8')).source;
  expect(saved.arguments.map((a: { id: string }) => a.id)).toEqual(['cascade-and-summer-flows', 'data-sharing-builds-a-floor']);
  expect(saved.arguments[0].claims[0]).toEqual({ id: 'cascade-and-summer-flows.claim-1', text: 'Summer releases downstream could fall sharply.', paragraphs: [2], stance: 'hedged', hedge: 'could' });
  expect(saved.arguments[0].facts[0]).toMatchObject({ date: '2024-03', paragraphs: [1], stance: 'asserted' });
  expect(saved.arguments[1].claims[0]).toMatchObject({ paragraphs: [3, 4], stance: 'attributed', attributedTo: 'Negotiators' });
  expect(saved.arguments[1].counterpoints[0]).toMatchObject({ paragraphs: [6], stance: 'asserted' });

  // Undo and redo the map as one step each; the deck's source list shows it come and go.
  const deckSources = async () => {
    await toolbar(page).getByRole('button', { name: 'Source library…' }).click();
    const text = await page.getByRole('dialog', { name: 'Sources' }).getByRole('list', { name: 'Sources of this deck' }).innerText();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Sources' })).toBeHidden();
    return text;
  };
  expect(await deckSources()).toContain('6 paragraphs · 2 arguments');
  await toolbar(page).getByRole('button', { name: 'Undo Edit argument map' }).click();
  await expect(toolbar(page).getByRole('button', { name: `Undo Import source ${TITLE}` })).toBeEnabled();
  expect(await deckSources()).not.toContain('arguments');
  await toolbar(page).getByRole('button', { name: 'Redo Edit argument map' }).click();
  expect(await deckSources()).toContain('6 paragraphs · 2 arguments');
  await page.screenshot({ path: 'tests/artifacts/source-after-redo.png' });

  // Remove… takes a second click, deletes the library file, and leaves the deck's own copy.
  await toolbar(page).getByRole('button', { name: 'Source library…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  await dialog.getByRole('button', { name: `Remove “${TITLE}” from your library` }).click();
  const confirm = dialog.getByRole('group', { name: `Remove “${TITLE}”?` });
  await confirm.getByRole('button', { name: 'Keep' }).click();
  expect(await readdir(libraryDir)).toEqual(['okafor-2024-water-sharing-in.json']);
  await dialog.getByRole('button', { name: `Remove “${TITLE}” from your library` }).click();
  await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Removed “${TITLE}” from your source library.`);
  await expect(dialog.getByRole('list', { name: 'Your source library' })).toBeHidden();
  expect(await readdir(libraryDir)).toEqual([]);
  await expect(dialog.getByRole('list', { name: 'Sources of this deck' })).toContainText('6 paragraphs · 2 arguments');
  expect(app.externalRequests).toEqual([]);
});

test('File > Import Source… with an empty .txt file gives one clear message and changes nothing', async ({ app }) => {
  const { page } = app;
  await createFromTemplate(page, 'five-minute-bluf');
  // File > Argument Map… on a deck whose sources carry no text says what to do first.
  await app.menu({ command: 'argument-map' });
  await expectMessage(page, 'No source of this deck has its text: import a source first (Import source…).');
  app.dialogs.queueOpen(EMPTY);
  await app.menu({ command: 'import-source' });
  await expectMessage(page, 'Cannot import empty.txt: the file has no text to number.', 'alert');
  // One message, and only that one (the ✕ is the alert's dismiss button).
  await expect(page.getByTestId('alert')).toHaveText(/^Cannot import empty\.txt: the file has no text to number\.✕?$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(toolbar(page).getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(readdir(join(app.dirs.userData, 'sources'))).rejects.toMatchObject({ code: 'ENOENT' });
  await page.screenshot({ path: 'tests/artifacts/source-import-empty.png' });
});
