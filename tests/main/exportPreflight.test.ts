/**
 * The pre-export check: measured in Chromium at the export's page size; each issue names its slide.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { resolveExportOptions } from '../../src-shared/export';
import { join } from 'node:path';
import { validateRequest } from '../../src-shared/ipc';
import { createTemplateService } from '../../src-main/services/templates/templateService';
import { createExportHandlers } from '../../src-main/handlers/exportHandlers';
import type { Services } from '../../src-main/services/ports/serviceTypes';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { ChromiumPreflightProbe } from '../../src-main/services/export/preflight/preflightProbe';
import { runPreflight } from '../../src-main/services/export/preflight/runPreflight';
import { allLayoutsDeck, deckOf, solidPngDataUrl } from './exportCasesKit';

const printer = new ChromiumPrinter();
const probe = new ChromiumPreflightProbe(printer);
afterAll(() => printer.close());

const cite = [{ sourceId: 'art', paragraphs: [3] }];
const deck = deckOf({
  sources: [{ id: 'art', title: 'Article', authors: [], date: '2023-11' }],
  slides: [
    { id: 'ok', layout: 'bullets', title: 'Fits and cited', citations: cite, bullets: [{ text: 'A short cited point' }] },
    { id: 'long', layout: 'bullets', title: 'Far too long', citations: cite, bullets: Array.from({ length: 40 }, (_, i) => ({ text: `Point ${i} that goes on for a while to take a full line of the slide` })) },
    { id: 'snug', layout: 'bullets', title: 'A little long', citations: cite, bullets: Array.from({ length: 13 }, (_, i) => ({ text: `Point ${i} fits when shrunk a little` })) },
    { id: 'uncited', layout: 'bluf', title: 'No sources', bluf: 'Ankara and Tehran align on Gaza.', judgments: [{ text: 'A formal axis is unlikely.', confidence: 'moderate' }] },
    { id: 'glyphs', layout: 'section', title: 'Beijing 北京 🙂' },
    { id: 'img', layout: 'section', title: 'Broken map', background: { src: `data:image/png;base64,${Buffer.from('not a png image').toString('base64')}`, fit: 'contain', alt: '' } },
    { id: 'good-img', layout: 'section', title: 'Good map', background: { src: solidPngDataUrl(8, 8, [0, 0, 0]), fit: 'contain', alt: '' } },
  ],
});

describe('runPreflight', () => {
  test('finds overflow, shrunk text, uncited claims, glyphs with no bundled font and unreadable images, each with its slide', async () => {
    const issues = await runPreflight(deck, resolveExportOptions({ paper: 'a4' }), probe);
    const at = (i: number) => issues.filter((x) => x.slideIndex === i).map((x) => `${x.kind}/${x.severity}`);
    expect(at(0)).toEqual([]);
    expect(at(1)).toEqual(['overflow/error']);
    expect(at(2)).toEqual(['overflow/warning']);
    expect(at(3)).toEqual(['uncited/warning', 'tradecraft/warning', 'tradecraft/warning', 'tradecraft/warning']);
    expect(at(4)).toEqual(['font/error']);
    expect(at(5)).toEqual(['image/error']);
    expect(at(6)).toEqual([]);
    expect(issues.find((x) => x.slideIndex === 1)?.message).toBe('Slide 2 “Far too long”: the text does not fit the slide, even shrunk to 64%; shorten it or split the slide.');
    expect(issues.find((x) => x.slideIndex === 3)?.message).toMatch(/^Slide 4 “No sources”: 2 claims have no citation/);
    expect(issues.find((x) => x.slideIndex === 4)?.message).toMatch(/北 \(U\+5317\)/);
    expect(issues.some((x) => x.kind === 'network')).toBe(false);
  });

  test('the built-in fixture deck makes no request and has no overflow; a hidden slide is checked only when exported', async () => {
    const d = allLayoutsDeck();
    const issues = await runPreflight(d, resolveExportOptions({ pdfLayout: 'handout', handoutPerPage: 3, paper: 'letter' }), probe);
    expect(issues.filter((x) => x.kind === 'network' || x.kind === 'overflow')).toEqual([]);
    const hidden = d.slides.findIndex((s) => s.hidden);
    d.slides[hidden] = { ...d.slides[hidden], title: 'Backup 🙂' };
    expect((await runPreflight(d, resolveExportOptions({}))).some((x) => x.slideIndex === hidden)).toBe(false);
    expect((await runPreflight(d, resolveExportOptions({ includeHidden: true }))).some((x) => x.slideIndex === hidden && x.kind === 'font')).toBe(true);
  });
});

describe('export:preflight (IPC handler)', () => {
  test('the dialog\'s options travel through the contract and come back as issues naming slides', async () => {
    const handlers = createExportHandlers({ preflightProbe: probe, templates: createTemplateService(join(__dirname, '../../templates')) } as unknown as Services);
    const request = validateRequest('export:preflight', { deck, options: resolveExportOptions({ paper: 'a4' }) });
    if (!request.ok) throw new Error(request.failure.error.message);
    const result = await handlers['export:preflight'](request.request as never, { windowId: 'main', emit: () => undefined });
    if ('error' in result) throw new Error(result.error.message);
    expect(result.issues.filter((i) => i.kind !== 'tradecraft').map((i) => i.slideIndex)).toEqual([1, 2, 3, 4, 5]);
    // The judgment with no likelihood, no basis for its confidence and no citation of its own: tradecraft findings.
    expect(result.issues.filter((i) => i.kind === 'tradecraft').map((i) => [i.slideIndex, i.rule, i.field])).toEqual([
      [3, 'judgment-no-likelihood', 'judgments[0]'],
      [3, 'confidence-no-basis', 'judgments[0]'],
      [3, 'judgment-uncited', 'judgments[0]'],
    ]);
  });
});
