import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_LEVELS, DeckSchema, type Deck, type DeckInput, type SlideOf } from '../../src-shared/deck';
import { exportPptx } from '../../src-main/services/export/pptx/exportPptx';
import { markdownToDeck } from '../../src-shared/markdown';
import { paragraphs, readPptx, xmlText } from './pptxPackageReader';

const sample = (): Deck => DeckSchema.parse(JSON.parse(readFileSync('tests/fixtures/markdown/export-sample.briefdeck', 'utf8')));
const deckOf = (over: Partial<DeckInput>): Deck => DeckSchema.parse({ schemaVersion: 2, title: 'T', slides: [{ id: 'a', layout: 'bullets', title: 'One', bullets: [{ text: 'x' }] }], ...over });

describe('exportPptx: the slide XML', () => {
  it('has one slide per visible slide, in order, each with its title as editable text', async () => {
    const deck = sample();
    const pptx = await readPptx(await exportPptx(deck));
    const visible = deck.slides.filter((s) => !s.hidden);
    expect(pptx.slides).toHaveLength(visible.length);
    visible.forEach((s, i) => expect(xmlText(pptx.slides[i])).toContain(s.title || 'Sources'));
    expect(pptx.files['ppt/presentation.xml']).toContain('<p:sldSz cx="12192000" cy="6858000"');
    expect(Object.keys(pptx.files).some((n) => n.startsWith('ppt/media/'))).toBe(false); // text, not pictures
  });

  it('writes bullets as paragraphs with their indent levels (lvl) and flattens emphasis to bold/italic runs', async () => {
    const deck = sample();
    const pptx = await readPptx(await exportPptx(deck));
    const slide = pptx.slides[2];
    const bullets = (deck.slides[2] as SlideOf<'bullets'>).bullets;
    const paras = paragraphs(slide).filter((p) => bullets.some((b) => p.text.startsWith(b.text.replace(/\*|\[|\]\(https:[^)]*\)/g, '').slice(0, 20))));
    expect(paras.map((p) => p.level)).toEqual(bullets.map((b) => b.level));
    expect(slide).toMatch(/<a:rPr[^>]*\bi="1"[^>]*>(?:(?!<\/a:r>).)*<a:t>liberation movement<\/a:t>/);
    expect(slide).not.toContain('*liberation movement*');
    // https links are hyperlinks; the javascript: one stays literal text with no relationship.
    expect(pptx.slideRels[2]).toContain('Target="https://mei.edu/publications"');
    expect(pptx.slideRels.join('')).not.toMatch(/javascript:/i);
    expect(xmlText(slide)).toContain('[this](javascript:alert(1))');
  });

  it('writes BLUF key judgments with their likelihood and, apart, their ICD 203 confidence, a real table, timeline shapes, quote and endnotes', async () => {
    const pptx = await readPptx(await exportPptx(sample()));
    const [bluf, , columns, table, timeline, quote, section, sources] = pptx.slides.slice(1);
    expect(xmlText(bluf)).toContain('BLUF Gaza draws Ankara and Tehran');
    expect(xmlText(bluf)).toContain('\u00A0JUDGMENT\u00A0 [almost certain] Both capitals will keep condemning US support for Israel.');
    expect(xmlText(bluf)).toMatch(/Israel\.[^]*Confidence: high\./);
    expect(xmlText(bluf)).toContain('Confidence: low.');
    expect(xmlText(bluf)).not.toMatch(/confidence[^.]*(likely|certain)/i); // never in the likelihood's sentence
    expect(xmlText(columns)).toMatch(/Turkey.*Wants a buffer zone.*Against Kurdish autonomy.*Iran.*Backs the Assad government/);
    expect(table).toContain('<a:tbl>');
    expect(table.match(/<a:tr /g)).toHaveLength(4);
    expect(xmlText(table)).toContain('Armer | funder');
    expect(xmlText(table)).toContain('Positions as of November 2023');
    expect(timeline).toContain('prst="line"');
    expect(timeline.match(/prst="ellipse"/g)).toHaveLength(4);
    expect(xmlText(timeline)).toMatch(/2023-10-07.*Hamas attacks Israel/);
    expect(xmlText(quote)).toContain("The United States is an accomplice in the massacre of Gaza's civilians.");
    expect(xmlText(quote)).toContain('— Iranian officials, October 2023 (¶2)');
    expect(xmlText(section)).toContain('Why an axis stays unlikely');
    expect(xmlText(sources)).toContain('Sinem Adar, Hamidreza Azizi. “Turkey and Iran: Toward an axis of revisionism amid the war in Gaza?” Middle East Institute, 2023-11.');
    expect(xmlText(sources)).toContain('Cited: ¶1–8, 17–19');
  });

  it('puts the classification banner at the top and bottom of every slide, and "n / N" with a slide number field', async () => {
    const pptx = await readPptx(await exportPptx(sample()));
    for (const slide of pptx.slides) {
      expect(slide.match(/<a:t>UNCLASSIFIED \/\/ FOR TRAINING<\/a:t>/g)).toHaveLength(2);
      expect(slide.match(/<a:srgbClr val="007A33"\/>/g)?.length).toBeGreaterThanOrEqual(2);
      expect(slide).toMatch(/type="slidenum">(?:(?!<\/a:fld>).)*<\/a:fld><a:r><a:rPr [^>]*\/><a:t> \/ 9<\/a:t><\/a:r>/);
    }
  });

  it('colours the banner by level and leaves it out when its text is empty', async () => {
    const expected: Record<string, string | null> = { none: null, unclassified: '007A33', cui: '502B85', confidential: '0033A0', secret: 'C8102E', 'top-secret': 'FF8C00' };
    for (const level of CLASSIFICATION_LEVELS) {
      const slide = (await readPptx(await exportPptx(deckOf({ classification: { text: `LEVEL ${level}`, level } })))).slides[0];
      const banners = [...slide.matchAll(/<p:sp>(?:(?!<\/p:sp>).)*Classification banner(?:(?!<\/p:sp>).)*<\/p:sp>/gs)].map((m) => m[0]);
      expect(banners).toHaveLength(2);
      for (const b of banners) {
        expect(xmlText(b)).toBe(`LEVEL ${level}`);
        if (expected[level]) expect(b).toContain(`<a:solidFill><a:srgbClr val="${expected[level]}"/></a:solidFill><a:ln>`);
        else expect(b).toContain('<a:noFill/>');
      }
    }
    const none = (await readPptx(await exportPptx(deckOf({ classification: { text: '', level: 'secret' } })))).slides[0];
    expect(none).not.toContain('Classification banner');
  });

  it('keeps speaker notes in notes slides, and sets the title, author and subject', async () => {
    const deck = sample();
    const pptx = await readPptx(await exportPptx(deck));
    expect(xmlText(pptx.notes.get(3) ?? '')).toContain('Stress the difference in kind, not degree.');
    expect(xmlText(pptx.notes.get(2) ?? '')).toContain('Note: the second judgment is the one the desk asked about.');
    const core = pptx.files['docProps/core.xml'];
    expect(core).toContain('<dc:title>Turkey and Iran after 7 October</dc:title>');
    expect(core).toContain('<dc:creator>Regional Analysis Cell</dc:creator>');
    expect(core).toContain('<dc:subject>Alignment without alliance</dc:subject>');
  });

  it('an audience copy has no notes slides, no notes text anywhere in the file and no hidden slides', async () => {
    const deck = sample();
    const pptx = await readPptx(await exportPptx(deck, { audience: true, includeHidden: true }));
    expect(pptx.slides).toHaveLength(deck.slides.filter((s) => !s.hidden).length);
    expect(Object.keys(pptx.files).filter((n) => n.includes('notesSlide'))).toEqual([]);
    const everything = Object.values(pptx.files).join('\n');
    expect(everything).not.toMatch(/liaison/i);
    for (const s of deck.slides) for (const line of s.notes.split('\n').filter((l) => l.length > 8)) expect(everything).not.toContain(line);
    expect(pptx.files['[Content_Types].xml']).not.toContain('notesSlide');
  });

  it('includes hidden slides only when asked, marked hidden for the slide show', async () => {
    const deck = sample();
    const pptx = await readPptx(await exportPptx(deck, { includeHidden: true }));
    expect(pptx.slides).toHaveLength(deck.slides.length);
    const index = deck.slides.findIndex((s) => s.hidden);
    expect(pptx.slides[index]).toMatch(/<p:sld [^>]*show="0"/);
    expect(xmlText(pptx.notes.get(index + 1) ?? '')).toContain('Internal: liaison contact');
  });

  it('lays out a Persian deck right to left in Vazirmatn', async () => {
    const deck = deckOf({ language: 'fa', direction: 'rtl', slides: [{ id: 'a', layout: 'bullets', title: 'داوری‌های کلیدی', bullets: [{ text: 'اتحاد رسمی بعید است', level: 0 }, { text: 'آنکارا', level: 1 }] }] });
    const slide = (await readPptx(await exportPptx(deck))).slides[0];
    expect(slide).toMatch(/<a:pPr\s+rtl="1"\s+algn="r" lvl="1"/);
    expect(slide).toContain('<a:latin typeface="Vazirmatn"');
    expect(slide).toContain('lang="fa"');
    expect(xmlText(slide)).toContain('اتحاد رسمی بعید است');
  });

  it('keeps a hostile imported deck inert: payloads stay text, the only links are https', async () => {
    const { deck } = markdownToDeck(readFileSync('tests/fixtures/markdown/hostile.md', 'utf8'));
    const pptx = await readPptx(await exportPptx(deck));
    let external = 0;
    for (const rels of pptx.slideRels) {
      for (const m of rels.matchAll(/<Relationship [^>]*\/>/g)) {
        const target = /Target="([^"]+)"/.exec(m[0])?.[1] ?? '';
        if (/TargetMode="External"/.test(m[0])) {
          external++;
          expect(target).toMatch(/^(https:\/\/|mailto:)/);
        } else expect(target).toMatch(/^\.\.\//);
      }
    }
    expect(external).toBe(2); // [safe link](https://example.org/report), and ![tracker](https://…) read as "!" + a link (no image is loaded)
    const everything = Object.values(pptx.files).join('\n');
    expect(everything).not.toMatch(/Target="(javascript|data|file|smb):/i);
    expect(xmlText(pptx.slides[0])).toContain('Totally normal briefing <script>window.__pwned=1</script>');
    expect(pptx.slides[0]).toContain('&lt;script&gt;'); // escaped in the XML, never markup
  });
});
