/**
 * Import Markdown… in the app with a Slidev and a Marp file: the headmatter or front matter becomes the deck title,
 * never slides; each slide's notes come from its comments; the warnings name what was not understood.
 */
import { join } from 'node:path';
import { expect, test, REPO_ROOT } from './harness/fixture';
import { expectMessage, previewSlide, slideRow, slideTitles } from './editorSteps';

const DIALECTS = join(REPO_ROOT, 'tests/fixtures/markdown/dialects');

for (const [file, titles, warning] of [
  ['slidev-starter.md', ['Arctic Shipping Routes', 'What is changing?', 'Three questions for the desk', 'Who gains', '', 'Ports and bases', 'Backup: tonnage table'], /Slidev settings "info", "class", "drawings"/],
  ['marp-deck.md', ['Red Sea Transit Risk', 'Attacks on shipping', 'Naval response', 'Questions'], /Marp footer "Unclassified, for discussion"/],
] as const) {
  test(`imports ${file}: one slide per slide, notes from comments, what was not understood in the message`, async ({ app }) => {
    const { page } = app;
    app.dialogs.queueOpen(join(DIALECTS, file));
    await page.getByRole('button', { name: 'Import Markdown…' }).click();
    await expectMessage(page, `Imported ${titles.length} slides from Markdown`);
    const shown = await slideTitles(page);
    expect(shown).toHaveLength(titles.length);
    titles.forEach((t, i) => expect(shown[i]).toContain(t));
    await expect(page.getByTestId('alert')).toContainText(warning);
    await slideRow(page, 2).click();
    await expect(previewSlide(page)).toContainText(titles[1]);
    await page.screenshot({ path: `tests/artifacts/import-${file.replace('.md', '')}.png` });
    expect(app.externalRequests).toEqual([]);
  });
}
