/**
 * An estimate of a text's advance width in px, for chart layout (legend spacing, label wrapping), the same in Node
 * and in every browser: ECharts otherwise measures with a canvas where there is one and a built-in table where there
 * is none, and the preview would then lay a chart out differently from the exports. The widths are Noto Sans
 * advances in em (digits are tabular, 0.572 em; averages per letter class elsewhere); Arabic-script letters use
 * Vazirmatn's average of about 0.5 em. `font` is a CSS font shorthand; its px size is read, 12 px if none.
 */
export function estimateTextWidth(text: string, font: string | undefined): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  const bold = /\b(bold|[6-9]00)\b/.test(font ?? '') ? 1.06 : 1;
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * size * bold;
}

const NARROW = new Set([...'iljtfr.,:;\'|!()[]{}Iı\u00A0']);
const WIDE = new Set([...'mwMWœŒæÆ%@']);

function charWidth(ch: string): number {
  if (ch === ' ') return 0.26;
  if (/\p{Nd}/u.test(ch)) return 0.572;
  if (NARROW.has(ch)) return 0.28;
  if (WIDE.has(ch)) return 0.86;
  if (/[A-Z]/.test(ch)) return 0.66;
  if (/\p{Ll}/u.test(ch)) return 0.55;
  if (/\p{Lu}/u.test(ch)) return 0.66;
  if (/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(ch)) return 0.5;
  if (/[\u200C-\u200F]/.test(ch)) return 0;
  if (/[\u3000-\u9FFF\uAC00-\uD7AF]/.test(ch)) return 1;
  return 0.5;
}
