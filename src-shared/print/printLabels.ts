/**
 * Words the print pages add (notes page and handout headers), per deck language (BCP 47 primary subtag; English
 * otherwise), as the slide renderer's labels do (render/labels.ts).
 */
export interface PrintLabels {
  notesHeader(slide: number, total: number): string;
  part(part: number, parts: number): string;
  handoutHeader(page: number, pages: number): string;
  continued: string;
}

const EN: PrintLabels = {
  notesHeader: (n, total) => `Speaker notes · slide ${n} of ${total}`,
  part: (k, m) => ` (${k} of ${m})`,
  handoutHeader: (p, pages) => `Handout · page ${p} of ${pages}`,
  continued: '(continued on the next page)',
};

const BY_LANGUAGE: Record<string, PrintLabels> = {
  en: EN,
  tr: {
    notesHeader: (n, total) => `Konuşmacı notları · slayt ${n} / ${total}`,
    part: (k, m) => ` (${k} / ${m})`,
    handoutHeader: (p, pages) => `Dağıtım · sayfa ${p} / ${pages}`,
    continued: '(sonraki sayfada devam ediyor)',
  },
  fa: {
    notesHeader: (n, total) => `یادداشت‌های سخنران · اسلاید ${n} از ${total}`,
    part: (k, m) => ` (${k} از ${m})`,
    handoutHeader: (p, pages) => `جزوه · صفحهٔ ${p} از ${pages}`,
    continued: '(ادامه در صفحهٔ بعد)',
  },
};

/** The print labels for a BCP 47 language tag ("fa-IR" -> Persian); English for any language without a table. */
export function printLabelsFor(language: string): PrintLabels {
  return BY_LANGUAGE[language.split('-')[0].toLowerCase()] ?? EN;
}
