import type { Confidence } from '../deck';

/**
 * Fixed words the renderer adds to slides, per deck language (BCP 47 primary subtag; English otherwise).
 * Confidence labels follow ICD 203 ("high", "moderate", "low" confidence).
 */
export interface RenderLabels {
  bluf: string;
  keyJudgments: string;
  confidence: Record<Confidence, string>;
  sources: string;
  cited: string;
  unknownSource: string;
  noCitations: string;
}

const EN: RenderLabels = {
  bluf: 'BLUF',
  keyJudgments: 'Key judgments',
  confidence: { high: 'High confidence', moderate: 'Moderate confidence', low: 'Low confidence' },
  sources: 'Sources',
  cited: 'Cited',
  unknownSource: 'Unknown source',
  noCitations: 'No citations are used in the slides shown.',
};

const BY_LANGUAGE: Record<string, RenderLabels> = {
  en: EN,
  tr: {
    bluf: 'BLUF',
    keyJudgments: 'Temel değerlendirmeler',
    confidence: { high: 'Yüksek güven', moderate: 'Orta güven', low: 'Düşük güven' },
    sources: 'Kaynaklar',
    cited: 'Atıf',
    unknownSource: 'Bilinmeyen kaynak',
    noCitations: 'Gösterilen slaytlarda atıf yok.',
  },
  fa: {
    bluf: 'خلاصه (BLUF)',
    keyJudgments: 'ارزیابی‌های کلیدی',
    confidence: { high: 'اطمینان بالا', moderate: 'اطمینان متوسط', low: 'اطمینان پایین' },
    sources: 'منابع',
    cited: 'بندهای استنادشده',
    unknownSource: 'منبع ناشناخته',
    noCitations: 'در اسلایدهای نمایش‌داده‌شده استنادی نیست.',
  },
};

/** The labels for a BCP 47 language tag ("fa-IR" -> Persian); English for any language without a table. */
export function labelsFor(language: string): RenderLabels {
  return BY_LANGUAGE[language.split('-')[0].toLowerCase()] ?? EN;
}
