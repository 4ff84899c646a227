/**
 * The words the map adds to a slide, per deck language (BCP 47 primary subtag; English otherwise): the legend's
 * heading and the caption naming the boundary data and its version. The data are Natural Earth 4.1 as packaged by
 * world-atlas 2.0.2 at 1:50m (its README, "countries-50m.json"); Natural Earth draws disputed areas by de facto
 * control, and the caption says the map follows the data rather than taking a position.
 */
export interface MapLabels {
  legend: string;
  caption: string;
  /** Shown in place of the map when its extent cannot be drawn. */
  cannotDraw: string;
}

const EN: MapLabels = {
  legend: 'Legend',
  caption: 'Boundaries: Natural Earth 4.1 via world-atlas 2.0.2, 1:50m. Disputed areas are drawn as the data draws them.',
  cannotDraw: 'The map cannot be drawn:',
};

const BY_LANGUAGE: Record<string, MapLabels> = {
  en: EN,
  tr: {
    legend: 'Açıklama',
    caption: 'Sınırlar: Natural Earth 4.1 (world-atlas 2.0.2), 1:50m. Tartışmalı alanlar verideki gibi çizilmiştir.',
    cannotDraw: 'Harita çizilemiyor:',
  },
  fa: {
    legend: 'راهنما',
    caption: 'مرزها: Natural Earth 4.1 از world-atlas 2.0.2، مقیاس ۱:۵۰ میلیون. مناطق مورد مناقشه همان‌گونه که داده‌ها ترسیم کرده‌اند نشان داده شده‌اند.',
    cannotDraw: 'نقشه را نمی‌توان ترسیم کرد:',
  },
};

/** The map words for a deck language ("fa-IR" -> Persian); English for languages without a table. */
export function mapLabelsFor(language: string): MapLabels {
  return BY_LANGUAGE[language.toLowerCase().split('-')[0]] ?? EN;
}
