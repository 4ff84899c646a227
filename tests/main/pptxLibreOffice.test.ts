import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src-shared/deck';
import { applyTemplate } from '../../src-shared/commands/applyTemplate';
import { inlineToPlainText } from '../../src-shared/markdown';
import { exportPptx } from '../../src-main/services/export/pptx/exportPptx';
import { loadTemplateLibrary } from '../../src-main/services/templates/templateLibrary';
import { convertWithLibreOffice, hasLibreOffice } from './pptxPackageReader';

async function fullBriefing(): Promise<Deck> {
  const library = await loadTemplateLibrary('templates');
  const template = library.templates.find((t) => t.id === 'full-briefing');
  if (!template) throw new Error('templates/full-briefing.json is missing');
  return applyTemplate(template, library.argumentMaps, { date: '2023-11-20', author: 'Regional Analysis Cell' });
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * LibreOffice opens the exported file and prints it: the PDF has one page per exported slide, and its text holds
 * each slide's title and the banner on every page. (Whether PowerPoint opens it without repair cannot be checked on
 * this machine.) PNGs of the pages are left in tests/artifacts/pptx/ for a look.
 */
describe.skipIf(!hasLibreOffice())('PPTX opened by LibreOffice', () => {
  it('prints the full briefing with one page per visible slide, every title, bullet and banner', async () => {
    const deck = await fullBriefing();
    const visible = deck.slides.filter((s) => !s.hidden);
    const { pages, text } = convertWithLibreOffice(await exportPptx(deck), 'full-briefing');
    expect(pages).toBe(visible.length);
    const pageTexts = text.split('\f').slice(0, pages).map(squash);
    visible.forEach((slide, i) => {
      if (slide.title.trim()) expect(pageTexts[i], `page ${i + 1}`).toContain(squash(inlineToPlainText(slide.title)));
      expect(pageTexts[i].split(deck.classification.text).length - 1, `banners on page ${i + 1}`).toBe(2);
      expect(pageTexts[i], `page ${i + 1}`).toContain(`${i + 1} / ${pages}`);
      if (slide.layout === 'bullets') for (const b of slide.bullets) expect(pageTexts[i], `page ${i + 1}`).toContain(squash(inlineToPlainText(b.text)).slice(0, 40));
    });
  }, 240_000);

  it('prints an audience copy without hidden slides or notes text', async () => {
    const deck = await fullBriefing();
    deck.slides[1] = { ...deck.slides[1], notes: 'Internal: liaison contact is on the annex.' };
    deck.slides[2] = { ...deck.slides[2], hidden: true };
    const { pages, text } = convertWithLibreOffice(await exportPptx(deck, { audience: true }), 'full-briefing-audience');
    expect(pages).toBe(deck.slides.filter((s) => !s.hidden).length);
    expect(text).not.toMatch(/liaison/i);
    if (deck.slides[2].title.trim()) expect(squash(text)).not.toContain(squash(inlineToPlainText(deck.slides[2].title)));
  }, 240_000);
});

describe.skipIf(!hasLibreOffice())('PPTX opened by LibreOffice: dark theme and right to left', () => {
  it('prints a Persian deck in the dark theme with its text', async () => {
    const { DeckSchema } = await import('../../src-shared/deck');
    const deck = DeckSchema.parse({
      schemaVersion: 2, title: 'ترکیه و ایران', language: 'fa', direction: 'rtl', theme: 'briefing-dark',
      classification: { text: 'SECRET // EXERCISE', level: 'secret' },
      slides: [
        { id: 'a', layout: 'bullets', title: 'داوری‌های کلیدی', bullets: [{ text: 'اتحاد رسمی بعید است', level: 0 }, { text: 'آنکارا با لحنی سنجیده‌تر', level: 1 }] },
        { id: 'b', layout: 'timeline', title: 'گاه‌شمار', entries: [{ date: '۲۰۲۳-۱۰-۰۷', event: 'حمله‌ی حماس' }, { date: '۲۰۲۳-۱۰-۲۸', event: 'سخنرانی اردوغان' }] },
        { id: 'c', layout: 'table', title: 'مقایسه', columns: ['موضوع', 'ترکیه', 'ایران'], rows: [['ناتو', 'عضو', 'مخالف']] },
      ],
    });
    const { pages, text } = convertWithLibreOffice(await exportPptx(deck), 'persian-dark');
    expect(pages).toBe(3);
    for (const s of ['داوری‌های کلیدی', 'اتحاد رسمی بعید است', 'SECRET // EXERCISE', 'گاه‌شمار', 'ناتو']) expect(squash(text)).toContain(s);
  }, 240_000);
});

describe.skipIf(!hasLibreOffice())('PPTX opened by LibreOffice: dense slides', () => {
  it('sets dense bullets, long timelines and big tables small enough to stay above the bottom banner', async () => {
    const { DeckSchema } = await import('../../src-shared/deck');
    const { execFileSync } = await import('node:child_process');
    const long = 'Ankara and Tehran both reject a US-led regional order, but they differ on Syria, the Kurds and the Caucasus';
    const deck = DeckSchema.parse({
      schemaVersion: 2, title: 'Dense', classification: { text: 'UNCLASSIFIED', level: 'unclassified' },
      slides: [
        { id: 'a', layout: 'bullets', title: 'Sixteen long bullets', bullets: Array.from({ length: 16 }, (_, i) => ({ text: `${long} (${i + 1})`, level: i % 3 })) },
        { id: 'b', layout: 'two-column', title: 'Two full columns', left: { heading: 'Turkey', bullets: Array.from({ length: 9 }, () => ({ text: long })) }, right: { heading: 'Iran', bullets: Array.from({ length: 9 }, () => ({ text: long })) } },
        { id: 'c', layout: 'timeline', title: 'Fourteen dates', entries: Array.from({ length: 14 }, (_, i) => ({ date: `2023-10-${String(i + 1).padStart(2, '0')}`, event: long })) },
        { id: 'd', layout: 'table', title: 'Fifteen rows', columns: ['Actor', 'View', 'Since', 'Note'], rows: Array.from({ length: 15 }, (_, i) => [`Actor ${i + 1}`, long, '2023', 'none']) },
      ],
    });
    const { pages, pdf } = convertWithLibreOffice(await exportPptx(deck), 'dense');
    expect(pages).toBe(4);
    const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const pageHeights = [...html.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
    expect(pageHeights).toHaveLength(4);
    for (const [, height, body] of pageHeights) {
      const bannerTop = Number(height) - 0.3 * 72;
      const words = [...body.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)];
      const bodyWords = words.filter((w) => w[3] !== 'UNCLASSIFIED' && Number(w[1]) > 0.3 * 72);
      expect(bodyWords.length).toBeGreaterThan(50);
      for (const w of bodyWords) expect(Number(w[2]), `"${w[3]}" runs into the bottom banner`).toBeLessThanOrEqual(bannerTop + 1);
    }
  }, 240_000);
});
