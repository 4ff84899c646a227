import type PptxGenJS from 'pptxgenjs';
import { inlineToRuns } from '../../../../src-shared/markdown/inlineRuns';
import type { PptxLook } from './pptxStyle';
import { slideLinkId } from '../../../../src-shared/links/slideLinks';

type TextProps = PptxGenJS.TextProps;
type TextOptions = PptxGenJS.TextPropsOptions;

/** Character formatting shared by the runs of one paragraph. Sizes are points, colours PPTX hex. */
export interface RunStyle {
  fontSize: number;
  color: string;
  fontFace: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * Inline Markdown (emphasis, strong, strike, code, links) as pptxgenjs text runs: real, editable text with bold and
 * italic set per run; https:/mailto: links become hyperlinks (others stay literal text, as in the HTML render), a
 * link to an exported slide (`#slide:ID`) a slide jump (`hlinksldjump`), to any other slide plain text. A
 * "\n" inside the text becomes a soft line break (`<a:br/>`), so a bullet stays one paragraph. Returns one empty run
 * for empty text, so the paragraph still exists.
 */
export function inlineRuns(markdown: string, style: RunStyle, look: PptxLook): TextProps[] {
  const out: TextProps[] = [];
  let breakNext = false;
  for (const run of inlineToRuns(markdown)) {
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) breakNext = true;
      if (piece === '') return;
      const options: TextOptions = {
        ...baseOptions(style, look),
        bold: style.bold || run.bold || undefined,
        italic: style.italic || run.italic || undefined,
      };
      if (run.strike) options.strike = 'sngStrike';
      if (run.code) options.fontFace = 'Noto Sans Mono';
      const target = run.href ? slideLinkId(run.href) : null;
      const slideNumber = target === null ? undefined : look.slideNumbers?.get(target);
      if (run.href && (target === null || slideNumber !== undefined)) {
        options.hyperlink = slideNumber !== undefined ? { slide: slideNumber } : { url: run.href };
        options.color = look.palette.link;
        options.underline = { style: 'sng' };
      }
      if (breakNext && out.length > 0) options.softBreakBefore = true;
      breakNext = false;
      out.push({ text: piece, options });
    });
  }
  if (out.length === 0) out.push({ text: '', options: baseOptions(style, look) });
  return out;
}

/** Plain text (no Markdown parsing) as one run, e.g. a date, a confidence label or a banner. */
export function plainRun(text: string, style: RunStyle, look: PptxLook): TextProps {
  return { text, options: { ...baseOptions(style, look), bold: style.bold || undefined, italic: style.italic || undefined } };
}

/**
 * A citation marker ("[1 ¶4]") as a superscript run (`superscript` writes `baseline="30000"`, which PowerPoint and
 * LibreOffice draw raised and smaller), in the link colour, right after the text it cites: no space before it, and
 * no-break spaces inside it (`citationLabel`), so it never wraps onto a line of its own. An empty marker gives no run.
 */
export function markerRuns(marker: string, style: RunStyle, look: PptxLook): TextProps[] {
  if (marker === '') return [];
  return [{ text: marker, options: { ...baseOptions({ ...style, color: look.palette.link }, look), superscript: true } }];
}

function baseOptions(style: RunStyle, look: PptxLook): TextOptions {
  return { fontFace: style.fontFace, fontSize: style.fontSize, color: style.color, lang: look.lang, rtlMode: look.rtl || undefined };
}

/**
 * Makes the runs one paragraph: paragraph options (bullet, indentLevel, alignment, spacing) go on the first run,
 * which is where pptxgenjs reads them; the direction (rtl) and alignment follow the deck.
 */
export function paragraph(runs: TextProps[], look: PptxLook, options: TextOptions = {}): TextProps[] {
  const [first, ...rest] = runs;
  const align = options.align ?? (look.rtl ? 'right' : 'left');
  return [{ text: first.text, options: { ...first.options, ...options, align } }, ...rest.map((r) => ({ text: r.text, options: { ...r.options, align } }))];
}

/** Joins paragraphs into one text body (a `breakLine` ends each paragraph but the last). */
export function joinParagraphs(paragraphs: TextProps[][]): TextProps[] {
  return paragraphs.flatMap((runs, p) =>
    runs.map((r, i) => (i === runs.length - 1 && p < paragraphs.length - 1 ? { text: r.text, options: { ...r.options, breakLine: true } } : r)),
  );
}

/** A bullet paragraph at an indent level (0-4): a bullet character, `lvl` and a hanging indent per level. */
export function bulletParagraph(runs: TextProps[], level: number, look: PptxLook, spaceBefore = 6): TextProps[] {
  return paragraph(runs, look, { bullet: { indent: 18 }, indentLevel: level, paraSpaceBefore: spaceBefore });
}
