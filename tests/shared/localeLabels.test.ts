import { describe, expect, it } from 'vitest';
import { DeckSchema } from '../../src-shared/deck';
import { renderDeckHtml } from '../../src-shared/render';
import { ICD203_LIKELIHOOD_TERMS, likelihoodLabel, upperCaseFor } from '../../src-shared/render/markup/labels';

const bluf = (language: string, likelihood: string) =>
  DeckSchema.parse({
    schemaVersion: 2,
    title: 'T',
    language,
    direction: language === 'fa' ? 'rtl' : 'ltr',
    slides: [{ id: 'b', layout: 'bluf', title: 'B', bluf: 'x', judgments: [{ text: 'Judgment', confidence: 'moderate', likelihood }] }],
  });

describe('labels follow the deck language', () => {
  it('upper-cases Turkish i and ı as İ and I; other languages keep the default mapping', () => {
    expect(upperCaseFor('Temel değerlendirmeler', 'tr')).toBe('TEMEL DEĞERLENDİRMELER');
    expect(upperCaseFor('ılık', 'tr-TR')).toBe('ILIK');
    expect(upperCaseFor('Key judgments', 'en')).toBe('KEY JUDGMENTS');
    expect(upperCaseFor('abc', 'not a tag!')).toBe('ABC');
  });

  it('translates every ICD 203 likelihood term in Turkish and Persian, and keeps free text as written', () => {
    for (const term of ICD203_LIKELIHOOD_TERMS) {
      expect(likelihoodLabel(term, 'en')).toBe(term);
      expect(likelihoodLabel(term, 'tr')).not.toBe(term);
      expect(likelihoodLabel(term, 'fa')).toMatch(/[\u0600-\u06FF]/);
    }
    expect(likelihoodLabel(' Very Likely ', 'tr')).toBe('çok olası');
    expect(likelihoodLabel('about 60 %', 'fa')).toBe('about 60 %');
  });

  it('the rendered BLUF slide carries the translated likelihood and confidence, and a Turkish upper-cased heading', () => {
    const tr = renderDeckHtml(bluf('tr', 'likely'), {});
    expect(tr).toContain('<span class="bd-likelihood">olası</span>');
    expect(tr).toContain('Güven: orta.');
    expect(tr).toContain('TEMEL DEĞERLENDİRMELERİMİZ');
    expect(tr).toContain('<span class="bd-kind bd-kind-judgment">DEĞERLENDİRME</span>');
    const fa = renderDeckHtml(bluf('fa', 'very unlikely'), {});
    expect(fa).toContain('بسیار نامحتمل');
    expect(fa).toContain('اطمینان: متوسط.');
  });
});
