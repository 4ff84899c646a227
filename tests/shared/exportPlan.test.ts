import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { DeckSchema, SCHEMA_VERSION, type Deck } from '../../src-shared/deck';
import { ExportOptionsSchema, resolveExportOptions } from '../../src-shared/export';
import { validateRequest } from '../../src-shared/ipc';
import { fragmentCount } from '../../src-shared/deck';
import { boxCapacity, buildPrintDocument, buildStatesOf, countPdfPages, paginateNotes, pageSizeOf, planPdfPages } from '../../src-shared/print';
import { renderSlideHtml } from '../../src-shared/render';

const deck = (): Deck => DeckSchema.parse(JSON.parse(readFileSync(new URL('../fixtures/render/all-layouts.json', import.meta.url), 'utf8')));
const ASSETS = { resetCss: '', fontCss: '' };

describe('ExportOptionsSchema', () => {
  test('defaults: PDF slides on 16:9, final state, 3-a-page handouts with notes, not an audience copy', () => {
    expect(resolveExportOptions()).toEqual({ format: 'pdf', paper: '16:9', pdfLayout: 'slides', handoutPerPage: 3, handoutNotes: 'notes', builds: 'final', audience: false, includeHidden: false, reviewComments: false });
  });
  test('refuses values the dialog and CLI do not offer, and unknown keys', () => {
    for (const bad of [{ handoutPerPage: 5 }, { paper: 'a3' }, { pdfLayout: 'outline' }, { builds: 'all' }, { colour: 'red' }]) expect(ExportOptionsSchema.safeParse(bad).success).toBe(false);
  });
  test('export:run and export:preflight carry the dialog options as they are, and refuse any other option name', () => {
    const deck = DeckSchema.parse({ schemaVersion: SCHEMA_VERSION, title: 'T', slides: [] });
    const options = resolveExportOptions({ format: 'md', paper: 'letter', pdfLayout: 'handout', handoutPerPage: 6, builds: 'steps', audience: true });
    for (const channel of ['export:run', 'export:preflight'] as const) {
      const r = validateRequest(channel, { deck, options });
      expect(r.ok && (r.request as { options: unknown }).options).toEqual(options);
      const partial = validateRequest(channel, { deck, options: { format: 'html' } });
      expect(partial.ok && (partial.request as { options: unknown }).options).toEqual({ format: 'html', paper: '16:9', pdfLayout: 'slides', handoutPerPage: 3, handoutNotes: 'notes', builds: 'final', audience: false, includeHidden: false, reviewComments: false });
      for (const legacy of [{ layout: 'notes-pages' }, { includeNotes: false }, { slidesPerPage: 3 }, { buildSteps: true }]) expect(validateRequest(channel, { deck, options: legacy }).ok).toBe(false);
      expect(validateRequest(channel, { deck, format: 'pdf' }).ok).toBe(false);
    }
  });
});

describe('build steps', () => {
  test('fragmentCount equals the fragments in the rendered markup, for every slide', () => {
    const d = deck();
    d.slides.forEach((slide, i) => {
      const html = renderSlideHtml(d, i, { includeHidden: true });
      expect(fragmentCount(slide), slide.id).toBe([...html.matchAll(/class="[^"]*\bfragment\b/g)].length);
    });
  });
  test('final prints one state; steps print the slide before any fragment, then one more each (pdfSeparateFragments)', () => {
    const bluf = deck().slides[1];
    expect(buildStatesOf(bluf, 'final')).toEqual([2]);
    expect(buildStatesOf(bluf, 'steps')).toEqual([0, 1, 2]);
    expect(buildStatesOf(deck().slides[0], 'steps')).toEqual([0]);
  });
});

describe('countPdfPages (the page-count rule stated in the dialog)', () => {
  const d = deck();
  const visible = d.slides.filter((s) => !s.hidden);
  const steps = visible.reduce((n, s) => n + (fragmentCount(s) > 0 ? fragmentCount(s) + 1 : 1), 0);
  test('slides: one page per exported slide; hidden slides only when asked, never in an audience copy', () => {
    expect(countPdfPages(d, resolveExportOptions())).toBe(visible.length);
    expect(countPdfPages(d, resolveExportOptions({ includeHidden: true }))).toBe(d.slides.length);
    expect(countPdfPages(d, resolveExportOptions({ includeHidden: true, audience: true }))).toBe(visible.length);
  });
  test('steps: one page per build state', () => {
    expect(countPdfPages(d, resolveExportOptions({ builds: 'steps' }))).toBe(steps);
  });
  test('notes: slide pages plus notes pages for slides that have notes; none in an audience copy', () => {
    const withNotes = visible.filter((s) => s.notes.trim() !== '').length;
    expect(countPdfPages(d, resolveExportOptions({ pdfLayout: 'notes' }))).toBe(visible.length + withNotes);
    expect(countPdfPages(d, resolveExportOptions({ pdfLayout: 'notes', audience: true }))).toBe(visible.length);
    const plan = planPdfPages(d, resolveExportOptions({ pdfLayout: 'notes', builds: 'steps' }));
    plan.forEach((p, i) => p.kind === 'notes' && expect(plan[i + 1]?.kind === 'slide' ? (plan[i + 1] as { slide: number }).slide !== p.slide : true).toBe(true));
  });
  test('handouts: the states per page, rounded up', () => {
    for (const perPage of [1, 2, 3, 4, 6] as const) {
      expect(countPdfPages(d, resolveExportOptions({ pdfLayout: 'handout', handoutPerPage: perPage, handoutNotes: 'lines', paper: 'a4' }))).toBe(Math.ceil(visible.length / perPage));
    }
  });
});

describe('paginateNotes', () => {
  const box = { widthPx: 600, heightPx: 200, fontPx: 16, lineHeight: 1.5 };
  test('keeps every word in order and fills no piece beyond the box', () => {
    const words = Array.from({ length: 900 }, (_, i) => (i % 37 === 0 ? 'Averyveryverylongwordwithoutanybreakthatmustbecutsomewhere' : `w${i}`));
    const notes = words.map((w, i) => (i % 80 === 79 ? `${w}\n\n` : `${w} `)).join('');
    const pieces = paginateNotes(notes, box);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.flat().join(' ').split(/\s+/).join('')).toBe(words.join(''));
    const { charsPerLine, lines } = boxCapacity(box);
    for (const piece of pieces) {
      const used = piece.reduce((n, p) => n + p.split('\n').reduce((m, l) => m + Math.ceil(l.length / charsPerLine), 0), 0);
      expect(used).toBeLessThanOrEqual(lines + piece.length);
    }
  });
  test('empty notes give no piece', () => expect(paginateNotes('  \n\n ', box)).toEqual([]));
});

describe('buildPrintDocument', () => {
  test('an audience copy carries no notes; every page has the banner twice; user text stays inert', () => {
    const d = deck();
    d.slides[1].notes = '<img src=x onerror="window.__pwned=1"> Internal: liaison contact';
    const audience = buildPrintDocument(d, resolveExportOptions({ pdfLayout: 'notes', audience: true }), ASSETS).html;
    expect(audience).not.toContain('liaison');
    const full = buildPrintDocument(d, resolveExportOptions({ pdfLayout: 'handout', handoutPerPage: 3, paper: 'a4' }), ASSETS);
    expect(full.html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; Internal: liaison contact');
    expect(full.html).not.toContain('<img src=x');
    const pages = full.html.split('<div class="bd-page ').slice(1);
    expect(pages).toHaveLength(full.plan.length);
    for (const p of pages) expect(p.split('bd-banner bd-banner-').length - 1).toBeGreaterThanOrEqual(2);
    expect(full.html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-/);
    expect(full.html).toContain(`@page{size:${pageSizeOf('a4', 'handout').cssSize};margin:0}`);
  });
  test('notes and handout headers follow the deck language (Persian)', () => {
    const d = { ...deck(), language: 'fa', direction: 'rtl' as const };
    const notes = buildPrintDocument(d, resolveExportOptions({ pdfLayout: 'notes' }), ASSETS).html;
    expect(notes).toContain('یادداشت‌های سخنران · اسلاید 1 از 10');
    expect(notes).toContain('<div class="bd-page bd-page-notes" dir="rtl" lang="fa">');
    expect(buildPrintDocument(d, resolveExportOptions({ pdfLayout: 'handout' }), ASSETS).html).toContain('جزوه · صفحهٔ 1 از 4');
  });
});
