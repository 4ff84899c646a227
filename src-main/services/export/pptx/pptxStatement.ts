import type PptxGenJS from 'pptxgenjs';
import type { StatementKind } from '../../../../src-shared/deck';
import { likelihoodLabel, upperCaseFor, type RenderLabels } from '../../../../src-shared/render/markup/labels';
import { confidenceSentence, knownKind, likelihoodOf, portionOf, type StatementMarks } from '../../../../src-shared/render/markup/statementText';
import type { PptxLook } from './pptxStyle';
import { plainRun, type RunStyle } from './pptxText';

type TextProps = PptxGenJS.TextProps;

/** Capital letters of a label by the deck language's rules ("Judgment" -> "JUDGMENT"; Persian has no case). */
const upper = (text: string, look: PptxLook) => upperCaseFor(text, look.lang);

/**
 * The kind label as PowerPoint text, told apart without colour as the HTML labels are (statementCss.ts): a judgment
 * (the deck's own) is highlighted solid (text colour as highlight, background colour as letters), reporting is bold
 * capitals, an assumption bold italic capitals, an indicator bold capitals after a "▸". PowerPoint runs have no
 * border, so the outlines of the HTML become these letter forms. No-break spaces pad the highlight.
 */
export function kindRun(kind: StatementKind, style: RunStyle, look: PptxLook, labels: RenderLabels): TextProps {
  const label = upper(labels.kind[kind], look);
  const small: RunStyle = { ...style, fontSize: Math.max(7, Math.round(style.fontSize * 0.7)), bold: true };
  if (kind === 'judgment') {
    const run = plainRun(`\u00A0${label}\u00A0`, { ...small, color: look.palette.bg }, look);
    return { text: run.text, options: { ...run.options, highlight: look.palette.text } };
  }
  if (kind === 'indicator') return plainRun(`▸\u00A0${label}`, { ...small, color: look.palette.text }, look);
  return plainRun(label, { ...small, color: look.palette.text, italic: kind === 'assumption' }, look);
}

/**
 * The runs before a statement's text: its portion mark (muted), its kind label (`kindRun`) and the likelihood of a
 * judgment in brackets, in the deck's language ("[likely]"; `likelihoodLabel`), each followed by a space; [] when the statement has none of them.
 */
export function statementLeadRuns(item: StatementMarks, style: RunStyle, look: PptxLook, labels: RenderLabels): TextProps[] {
  const runs: TextProps[] = [];
  const space = plainRun(' ', style, look);
  const mark = portionOf(item);
  if (mark !== '') runs.push(plainRun(`${mark} `, { ...style, color: look.palette.muted, bold: true }, look));
  const kind = knownKind(item.kind);
  if (kind) runs.push(kindRun(kind, style, look, labels), space);
  const likelihood = likelihoodOf(item);
  if (likelihood !== '') runs.push(plainRun(`[${likelihoodLabel(likelihood, look.lang)}] `, { ...style, color: look.palette.accent, bold: true }, look));
  return runs;
}

/**
 * The confidence sentence on its own line under the statement ("Confidence: moderate. Basis: …"), a soft line
 * break inside the same paragraph, smaller and muted; [] when the statement has no confidence and no basis.
 */
export function confidenceRuns(item: StatementMarks, style: RunStyle, look: PptxLook, labels: RenderLabels): TextProps[] {
  const sentence = confidenceSentence(item, labels);
  if (sentence === '') return [];
  const run = plainRun(sentence, { ...style, fontSize: Math.max(7, Math.round(style.fontSize * 0.75)), color: look.palette.muted, italic: true }, look);
  return [{ text: run.text, options: { ...run.options, softBreakBefore: true } }];
}

/** A portion mark run before a body text (BLUF sentence, subtitle, quote, caption); [] for none. */
export function portionRuns(marking: string | undefined, style: RunStyle, look: PptxLook): TextProps[] {
  const mark = marking?.trim() ?? '';
  return mark === '' ? [] : [plainRun(`${mark} `, { ...style, color: look.palette.muted, bold: true, italic: false }, look)];
}

/** The plain text that the lead and the confidence line add, for fitting estimates. */
export function statementExtraText(item: StatementMarks, labels: RenderLabels): { lead: string; confidence: string } {
  const kind = knownKind(item.kind);
  const lead = [portionOf(item), kind ? labels.kind[kind] : '', likelihoodOf(item) ? `[${likelihoodOf(item)}]` : ''].filter(Boolean).join(' ');
  return { lead, confidence: confidenceSentence(item, labels) };
}
