/**
 * The chart layout in the editor, end to end: turn a slide into a chart, paste a table copied from a spreadsheet,
 * pick stacked bars, and see the chart drawn in the preview; a cell that is not a number is a field error. The real
 * renderer against the real main-process handlers, in Chromium. Screenshots go to tests/artifacts/.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './harness/fixture';
import { renderChartSvg } from '../../src-shared/render/chart/chartSvg';
import { createFromTemplate, previewSlide, slideRow } from './editorSteps';

/** Pastes `text` into an input as a paste from the clipboard does (a `paste` event carrying text/plain). */
async function paste(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('chart: paste a table, pick stacked bar, see the chart in the preview', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await createFromTemplate(page, 'full-briefing');
  await slideRow(page, 3).click();
  const ed = page.getByRole('region', { name: 'Slide editor' });
  await ed.getByLabel('Layout').selectOption('chart');
  const form = ed.getByRole('region', { name: 'Chart' });
  await paste(form.getByLabel('Category heading'), 'Year\tExports\tImports\r\n2021\t15\t9.5\r\n2022\t11\t10\r\n2023\t18\t12\r\n');
  await expect(form.getByLabel('Category of row 3')).toHaveValue('2023');
  await expect(form.getByLabel('Row 1, series 2')).toHaveValue('9.5');
  await expect(form.getByLabel('Name of series 2')).toHaveValue('Imports');
  await form.getByLabel('Chart type').selectOption('stacked-bar');
  await form.getByLabel('Alt text (what the chart shows)').fill('Stacked bars of exports and imports by year');
  const chart = previewSlide(page).locator('figure.bd-chart[data-chart-type="stacked-bar"] svg.bd-chart-svg');
  await expect(chart).toBeVisible();
  await expect(chart.locator('text', { hasText: 'Imports' })).toHaveCount(1);
  await expect(chart.locator('text', { hasText: /^2023$/ })).toHaveCount(1);
  await expect(previewSlide(page).locator('.bd-chart-drawing')).toHaveAttribute('aria-label', 'Stacked bars of exports and imports by year');
  await page.screenshot({ path: 'tests/artifacts/chart-editor-stacked.png' });

  // The preview draws the same chart as the exports (one text measure everywhere): every label at the same place.
  const cells = await form.locator('table[aria-label="Chart data"] input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const width = 3;
  const table = { columns: cells.slice(0, width), rows: Array.from({ length: cells.length / width - 1 }, (_, r) => cells.slice((r + 1) * width, (r + 2) * width)) };
  const slideId = (await previewSlide(page).getAttribute('data-slide-id')) ?? '';
  const node = renderChartSvg({ ...table, chartType: 'stacked-bar', axisLabel: '', theme: 'briefing-light', rtl: false, language: 'en', idPrefix: `bd-chart-${slideId.replace(/[^A-Za-z0-9_-]+/g, '-')}` });
  const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const expected = [...node.matchAll(/<text[^>]*transform="([^"]*)"[^>]*>([^<]*)<\/text>/g)].map((m) => `${m[1]} ${decode(m[2])}`);
  const shown = await chart.locator('text').evaluateAll((els) => els.map((e) => `${e.getAttribute('transform')} ${e.textContent}`));
  expect(expected.length).toBeGreaterThan(10);
  expect(shown).toEqual(expected);

  // A value that is not a number is a field error, listed by row and column; the chart draws it as no value.
  await form.getByLabel('Row 2, series 1').fill('n/a');
  await expect(form.getByLabel('Row 2, series 1')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('status', { name: 'Cells that are not numbers' })).toHaveText('row 2 ("2022"), column 2 ("Exports"): "n/a" is not a number');
  await expect(chart).toBeVisible();
  await form.getByRole('button', { name: '+ Add series' }).click();
  await expect(form.getByLabel('Name of series 3')).toHaveValue('');
  await form.getByRole('button', { name: 'Remove row 1' }).click();
  await expect(form.getByLabel('Category of row 1')).toHaveValue('2022');
  await page.screenshot({ path: 'tests/artifacts/chart-editor-invalid.png' });
});
