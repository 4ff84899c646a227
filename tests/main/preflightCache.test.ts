/**
 * The pre-export check remembers each page's measurement: a second check lays out only the pages that changed, and
 * still reports what a fresh check would (an edited slide is measured again, an unchanged one is not; a theme or
 * paper change measures every page again). Measured in real Chromium; the recorder only counts what reaches it.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { resolveExportOptions, type ExportOptions } from '../../src-shared/export';
import type { Deck } from '../../src-shared/deck';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { ChromiumPreflightProbe, type PreflightProbe, type ProbeDocument } from '../../src-main/services/export/preflight/preflightProbe';
import { CachedPreflightProbe } from '../../src-main/services/export/preflight/cachedPreflightProbe';
import { runPreflight } from '../../src-main/services/export/preflight/runPreflight';
import { deckOf } from './exportCasesKit';

const printer = new ChromiumPrinter();
const chromium = new ChromiumPreflightProbe(printer);
afterAll(async () => {
  await chromium.close();
  await printer.close();
});

/** Passes each measurement on to Chromium and keeps the slide ids of the pages that reached it. */
class RecordingProbe implements PreflightProbe {
  measured: string[] = [];
  async measure(doc: ProbeDocument) {
    this.measured = doc.pages.flatMap((p) => [...p.html.matchAll(/data-slide-id="([^"]+)"/g)].map((m) => m[1]));
    return chromium.measure(doc);
  }
}

const cite = [{ sourceId: 'art', paragraphs: [3] }];
const longBullets = Array.from({ length: 40 }, (_, i) => ({ text: `Point ${i} that goes on for a while to take a full line of the slide` }));
const deck = deckOf({
  sources: [{ id: 'art', title: 'Article', authors: [], date: '2023-11' }],
  slides: ['a', 'b', 'c', 'd'].map((id) => ({ id, layout: 'bullets' as const, title: `Slide ${id}`, citations: cite, bullets: [{ text: 'A short cited point' }] })),
});
const withSlide = (d: Deck, i: number, patch: Record<string, unknown>): Deck => ({ ...d, slides: d.slides.map((s, k) => (k === i ? ({ ...s, ...patch } as typeof s) : s)) });
const overflowing = (issues: { kind: string; severity: string; slideIndex: number | null }[]) => issues.filter((x) => x.kind === 'overflow' && x.severity === 'error').map((x) => x.slideIndex);

describe('the pre-export check cache', () => {
  test('measures only changed slides, finds what a fresh check finds, and measures all again after a theme or paper change', async () => {
    const recorder = new RecordingProbe();
    const probe = new CachedPreflightProbe(recorder);
    const a4: ExportOptions = resolveExportOptions({ paper: 'a4' });

    expect(overflowing(await runPreflight(deck, a4, probe))).toEqual([]);
    expect(recorder.measured.sort()).toEqual(['a', 'b', 'c', 'd']);

    recorder.measured = [];
    expect(overflowing(await runPreflight(deck, a4, probe))).toEqual([]);
    expect(recorder.measured).toEqual([]);

    // Slide c now overflows: only it is measured, and the overflow is found.
    const edited = withSlide(deck, 2, { bullets: longBullets.map((b) => ({ ...b, level: 0, fragment: false })) });
    expect(overflowing(await runPreflight(edited, a4, probe))).toEqual([2]);
    expect(recorder.measured).toEqual(['c']);

    // Shortened again: its earlier measurement is answered from the cache, and the overflow is gone.
    recorder.measured = [];
    expect(overflowing(await runPreflight(deck, a4, probe))).toEqual([]);
    expect(recorder.measured).toEqual([]);
    expect(overflowing(await runPreflight(edited, a4, probe))).toEqual([2]);
    expect(recorder.measured).toEqual([]);

    // Another theme changes every page's styles: every slide is measured again.
    await runPreflight({ ...edited, theme: 'briefing-dark' }, a4, probe);
    expect(recorder.measured.sort()).toEqual(['a', 'b', 'c', 'd']);

    // Another paper size, too; and the cached answers agree with a check that has no cache.
    recorder.measured = [];
    const letter = resolveExportOptions({ paper: 'letter' });
    const cached = await runPreflight(edited, letter, probe);
    expect(recorder.measured.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(await runPreflight(edited, letter, probe)).toEqual(cached);
    expect(await runPreflight(edited, letter, chromium)).toEqual(cached);
  });
});
