import type { Confidence, StatementKind } from '../../deck';

/**
 * Fixed words the renderer adds to slides, per deck language (BCP 47 primary subtag; English otherwise).
 * Confidence levels follow ICD 203 ("high", "moderate", "low" confidence), stated in their own sentence
 * ("Confidence: moderate. Basis: …"), apart from the likelihood, as ICD 203 §D.6.e asks. Statement kinds name what
 * ICD 203 standard 2 asks products to tell apart: reporting, the deck's own judgments, assumptions, indicators.
 */
export interface RenderLabels {
  bluf: string;
  /** Heading over the BLUF slide's judgments; says they are the deck's own. */
  keyJudgments: string;
  /** The word before the confidence level: "Confidence". */
  confidence: string;
  /** Confidence levels as they read after "Confidence:" (lower case where the language has case). */
  confidenceLevel: Record<Confidence, string>;
  /** The word before the confidence basis: "Basis". */
  basis: string;
  /** The label printed before a statement of each kind (upper-cased by `upperCaseFor` where shown). */
  kind: Record<StatementKind, string>;
  /** The word before a picture's portion mark: "Picture". */
  picture: string;
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

/**
 * The classification authority block's line labels. They stay in English in every deck language: they are the
 * prescribed marking text of 32 CFR 2001.21(a) ("Classified By", "Derived From", "Declassify On").
 */
export const AUTHORITY_LABELS = { classifiedBy: 'Classified By', derivedFrom: 'Derived From', declassifyOn: 'Declassify On' } as const;

const EN: RenderLabels = {
  bluf: 'BLUF',
  keyJudgments: 'Our key judgments',
  confidence: 'Confidence',
  confidenceLevel: { high: 'high', moderate: 'moderate', low: 'low' },
  basis: 'Basis',
  kind: { reporting: 'Reporting', judgment: 'Judgment', assumption: 'Assumption', indicator: 'Indicator' },
  picture: 'Picture',
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
    keyJudgments: 'Temel değerlendirmelerimiz',
    confidence: 'Güven',
    confidenceLevel: { high: 'yüksek', moderate: 'orta', low: 'düşük' },
    basis: 'Dayanak',
    kind: { reporting: 'Kaynak bilgisi', judgment: 'Değerlendirme', assumption: 'Varsayım', indicator: 'Gösterge' },
    picture: 'Görsel',
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
    keyJudgments: 'ارزیابی‌های کلیدی ما',
    confidence: 'اطمینان',
    confidenceLevel: { high: 'بالا', moderate: 'متوسط', low: 'پایین' },
    basis: 'مبنا',
    kind: { reporting: 'گزارش منبع', judgment: 'ارزیابی', assumption: 'فرض', indicator: 'شاخص' },
    picture: 'تصویر',
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
