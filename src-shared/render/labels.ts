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
  /**
   * The seven ICD 203 estimative terms (Annex A, "Expressions of likelihood or probability"), keyed by the English
   * term in lower case, as the deck's language words them. A likelihood is free text: only these terms are
   * translated (`likelihoodLabel`).
   */
  likelihood: Record<string, string>;
}

/** The English ICD 203 likelihood terms, least to most likely; each is the key of `RenderLabels.likelihood`. */
export const ICD203_LIKELIHOOD_TERMS = ['almost no chance', 'very unlikely', 'unlikely', 'roughly even chance', 'likely', 'very likely', 'almost certain'] as const;

const EN: RenderLabels = {
  bluf: 'BLUF',
  keyJudgments: 'Key judgments',
  confidence: { high: 'High confidence', moderate: 'Moderate confidence', low: 'Low confidence' },
  sources: 'Sources',
  cited: 'Cited',
  unknownSource: 'Unknown source',
  noCitations: 'No citations are used in the slides shown.',
  likelihood: Object.fromEntries(ICD203_LIKELIHOOD_TERMS.map((t) => [t, t])),
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
    likelihood: {
      'almost no chance': 'neredeyse hiç olasılık yok',
      'very unlikely': 'çok düşük olasılık',
      unlikely: 'düşük olasılık',
      'roughly even chance': 'yaklaşık eşit olasılık',
      likely: 'olası',
      'very likely': 'çok olası',
      'almost certain': 'neredeyse kesin',
    },
  },
  fa: {
    bluf: 'خلاصه (BLUF)',
    keyJudgments: 'ارزیابی‌های کلیدی',
    confidence: { high: 'اطمینان بالا', moderate: 'اطمینان متوسط', low: 'اطمینان پایین' },
    sources: 'منابع',
    cited: 'بندهای استنادشده',
    unknownSource: 'منبع ناشناخته',
    noCitations: 'در اسلایدهای نمایش‌داده‌شده استنادی نیست.',
    likelihood: {
      'almost no chance': 'تقریباً بدون احتمال',
      'very unlikely': 'بسیار نامحتمل',
      unlikely: 'نامحتمل',
      'roughly even chance': 'احتمال تقریباً برابر',
      likely: 'محتمل',
      'very likely': 'بسیار محتمل',
      'almost certain': 'تقریباً قطعی',
    },
  },
};

/** The labels for a BCP 47 language tag ("fa-IR" -> Persian); English for any language without a table. */
export function labelsFor(language: string): RenderLabels {
  return BY_LANGUAGE[language.split('-')[0].toLowerCase()] ?? EN;
}

/**
 * A key judgment's likelihood as the deck's language words it: an English ICD 203 term (any case, surrounding space
 * ignored) becomes the language's term; any other text is returned trimmed, as the author wrote it.
 */
export function likelihoodLabel(likelihood: string, language: string): string {
  const text = likelihood.trim();
  return labelsFor(language).likelihood[text.toLowerCase()] ?? text;
}

/**
 * Upper case by the deck's language rules (`toLocaleUpperCase(language)`): Turkish and Azeri map i to İ and ı to I,
 * where the default mapping would write I for both. Every output (HTML, PDF, PPTX) upper-cases through this, never
 * through CSS `text-transform` (which depends on the element's `lang`) or the locale-free `toUpperCase`.
 * An invalid tag falls back to the default mapping.
 */
export function upperCaseFor(text: string, language: string): string {
  try {
    return text.toLocaleUpperCase(language);
  } catch {
    return text.toUpperCase();
  }
}
