import { parseUnicodeRange } from '../render/themes/fontFiles';

/**
 * The `@font-face` rules of `fontCss` (one rule a line, as `fontFaceCss` writes them) that `text` can use: a rule is
 * kept when some character of `text` is in its `unicode-range` (a rule without one is always kept). The browser only
 * loads the faces whose range a printed character falls in, so the faces left out (Latin Extended, Arabic, … when
 * the document has none of their characters) never reach the PDF: leaving them out of the print document only spares
 * decoding their base64 text (about 550 KB of the ~790 KB document of a 50-slide deck). `text` must hold every
 * character the document can print: its markup and the CSS that generates text (`content:`).
 */
export function usedFontFaces(fontCss: string, text: string): string {
  const nonAscii = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    const cp = text.codePointAt(i) ?? unit;
    nonAscii.add(cp);
    if (cp > 0xffff) i++;
  }
  const codePoints = [0x41, ...nonAscii];
  return fontCss
    .split('\n')
    .filter((rule) => {
      const range = /unicode-range:([^;}]+)/.exec(rule)?.[1];
      if (range === undefined) return true;
      const ranges = parseUnicodeRange(range);
      return codePoints.some((cp) => ranges.some(([a, b]) => cp >= a && cp <= b));
    })
    .join('\n');
}
