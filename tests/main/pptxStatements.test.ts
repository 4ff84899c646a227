import { describe, expect, it } from 'vitest';
import { exportPptx } from '../../src-main/services/export/pptx/exportPptx';
import { markedStatementsDeck } from '../shared/markedStatementsDeck';
import { paragraphs, readPptx, xmlText } from './pptxPackageReader';

describe('exportPptx: statement kinds, judgments, portion marks and the computed banner', () => {
  it('labels each statement with its portion mark and kind, and states confidence and basis apart from likelihood', async () => {
    const pptx = await readPptx(await exportPptx(markedStatementsDeck()));
    const [title, bluf, bullets, table, timeline, quote, section] = pptx.slides;
    const bulletText = paragraphs(bullets).map((p) => p.text);
    expect(bulletText).toContain('(U) REPORTING Erdoğan calls Hamas a liberation movement.[1\u00A0¶4]');
    expect(bulletText.find((t) => t.includes('Ankara keeps talking'))).toBe(
      '(U) \u00A0JUDGMENT\u00A0 [roughly even chance] Ankara keeps talking to Tehran.[1\u00A0¶5]Confidence: low. Basis: One article.',
    );
    expect(bullets).toMatch(/<a:highlight><a:srgbClr val="1B1F24"\/><\/a:highlight>(?:(?!<\/a:r>).)*<a:t>\u00A0JUDGMENT\u00A0<\/a:t>/); // solid, not a colour
    expect(bullets).toContain('<a:br/>'); // the confidence sentence starts its own line
    expect(bulletText.some((t) => t.startsWith('(U) ASSUMPTION Neither side'))).toBe(true);
    expect(bulletText.some((t) => t.startsWith('(U) ▸\u00A0INDICATOR Joint statements'))).toBe(true);
    expect(xmlText(bullets)).toContain('Picture (U)');
    expect(xmlText(bluf)).toContain('BLUF (U) Ankara and Tehran align');
    expect(xmlText(bluf)).toContain('OUR KEY JUDGMENTS');
    expect(xmlText(bluf)).toContain('(U) \u00A0JUDGMENT\u00A0 [likely] Turkey stays anchored in NATO.[1\u00A0¶16]Confidence: moderate. Basis: one analytic article; ¶16 describes present policy.');
    expect(xmlText(table)).toContain('REPORTING Syria');
    expect(xmlText(table)).toContain('(U) Positions as the article reports them');
    expect(xmlText(timeline)).toContain('(U) \u00A0JUDGMENT\u00A0 [likely] Ankara hosts talksConfidence: moderate. Basis: Past pattern.');
    expect(xmlText(quote)).toContain('(U) We will not be a party to this.');
    expect(xmlText(section)).toContain('(U) Why no alliance');
    expect(xmlText(title)).toMatch(/Classified By: J\. Analyst, Policy Unit Derived From: Multiple Sources Declassify On: 20341231/);
  });

  it('prints the banner computed from the portion marks on every slide and notes page, and TLP colours for a TLP deck', async () => {
    const marked = markedStatementsDeck();
    marked.slides[1].notes = 'Stress that these are our judgments.';
    const capco = await readPptx(await exportPptx(marked));
    for (const slide of capco.slides) expect(slide.match(/<a:t>SECRET\/\/NOFORN<\/a:t>/g)).toHaveLength(2);
    expect(xmlText(capco.notes.get(2) ?? '')).toMatch(/^SECRET\/\/NOFORN\s+Stress that these are our judgments\.\s+SECRET\/\/NOFORN\b/);
    const deck = markedStatementsDeck({ marking: { scheme: 'tlp' }, classification: { text: '', level: 'none' } });
    for (const s of deck.slides) s.portionMarking = 'TLP:AMBER';
    const tlp = await readPptx(await exportPptx(deck));
    for (const slide of tlp.slides) {
      expect(slide).toMatch(/<a:solidFill><a:srgbClr val="000000"\/><\/a:solidFill>[^]*<a:srgbClr val="FFC000"\/>[^]*<a:t>TLP:AMBER<\/a:t>/);
    }
  });

  it('keeps hostile text in the new fields as text', async () => {
    const payload = '<img src=x onerror="__pwned=1">';
    const deck = markedStatementsDeck();
    deck.marking = { scheme: 'capco', authority: { classifiedBy: payload, derivedFrom: '', declassifyOn: '' } };
    for (const s of deck.slides) if (s.layout === 'bullets') for (const b of s.bullets) Object.assign(b, { confidenceBasis: payload, likelihood: payload, portionMarking: payload });
    const pptx = await readPptx(await exportPptx(deck));
    expect(pptx.slides.join('')).not.toContain('<img');
    expect(xmlText(pptx.slides[2])).toContain(`Basis: ${payload}`);
    expect(xmlText(pptx.slides[0])).toContain(`Classified By: ${payload}`);
  });
});
