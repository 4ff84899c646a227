import { ConfidenceSchema, STATEMENT_KINDS, type Confidence, type StatementKind } from '../deck';
import { labelsFor, likelihoodLabel, upperCaseFor } from '../render/markup/labels';
import { confidenceSentence, knownKind, likelihoodOf, portionOf, type StatementMarks } from '../render/markup/statementText';
import type { Attributes } from './attributeComments';
import type { WarnFn } from './blockText';
import { escapeLine, unescapeBlockText } from './markdownEscape';

/**
 * A statement's kind, portion mark and judgment fields in reveal.js Markdown. The fields ride on the item's
 * `<!-- .element: -->` comment (`data-kind`, `data-portion-marking`, `data-likelihood`, `data-confidence`,
 * `data-confidence-basis`), which import reads back as the truth. The item also SHOWS them, as the HTML slides do:
 * a lead before the text, `(U) **JUDGMENT** _likely_ `, and the confidence sentence as the item's last line,
 * `*Confidence: moderate. Basis: …*`. Both are written as raw text that the caller escapes with the statement's
 * own text (so nothing in them can become markup), and import removes exactly what export wrote.
 */
export function statementAttributes(item: StatementMarks): Record<string, string | undefined> {
  const kind = knownKind(item.kind);
  const likelihood = likelihoodOf(item);
  const basis = item.confidenceBasis?.trim() ?? '';
  return {
    'data-kind': kind,
    'data-portion-marking': portionOf(item) || undefined,
    'data-likelihood': likelihood || undefined,
    'data-confidence': item.confidence && ConfidenceSchema.safeParse(item.confidence).success ? item.confidence : undefined,
    'data-confidence-basis': basis || undefined,
  };
}

/**
 * Backslash-escapes the inline Markdown punctuation that would end or start emphasis, code or a link inside the
 * shown lead (`\ ` * _ [ ] ~`), so a mark or likelihood shows as typed (its value is read from the attributes, and
 * import compares the lead as written). `<` is left to `inertInline`.
 */
const literal = (text: string) => text.replace(/[\\`*_[\]~]/g, '\\$&');

/** The visible lead before a statement's text, unescaped: `(U) **JUDGMENT** _likely_ ` ('' when it has none). */
export function statementLead(item: StatementMarks, language: string): string {
  const kind = knownKind(item.kind);
  const likelihood = likelihoodOf(item);
  const parts = [
    literal(portionOf(item)),
    kind ? `**${literal(upperCaseFor(labelsFor(language).kind[kind], language))}**` : '',
    likelihood ? `_${literal(likelihoodLabel(likelihood, language))}_` : '',
  ].filter((p) => p !== '');
  return parts.length ? `${parts.join(' ')} ` : '';
}

/** The visible confidence line, unescaped: `*Confidence: moderate. Basis: …*` on one line ('' when it has none). */
export function confidenceLine(item: StatementMarks, language: string): string {
  const sentence = confidenceSentence(item, labelsFor(language)).replace(/\s*\r?\n\s*/g, ' ');
  return sentence ? `*${literal(sentence)}*` : '';
}

/** The text to escape and write for a statement: its lead, its text, and its confidence line on a line of its own. */
export function statementSource(text: string, item: StatementMarks, language: string): string {
  const line = confidenceLine(item, language);
  return `${statementLead(item, language)}${text.trim()}${line ? `\n${line}` : ''}`;
}

/**
 * A lead or confidence line as import reads it back: escaped as export writes a line, then unescaped as import reads
 * one (the two are inverse for typed text, but not for every backslash the lead adds, e.g. `!\[`).
 */
const asImported = (text: string) => unescapeBlockText(escapeLine(text));

/** True when the element attributes carry any statement field (a file written by this exporter). */
export function hasStatementAttributes(attrs: Attributes): boolean {
  return ['data-kind', 'data-portion-marking', 'data-likelihood', 'data-confidence', 'data-confidence-basis'].some((k) => attrs[k] !== undefined);
}

/**
 * Reads a statement back: its fields from the attributes (an unknown kind or confidence is reported and dropped), and
 * its text with the lead and confidence line that export wrote taken off. `shownKind` is the kind the lead shows
 * whatever the attributes say (key judgments always show "JUDGMENT"). A lead or line that was edited by hand no
 * longer matches; it then stays in the text, with a warning, so nothing typed is lost. An item with no statement
 * attribute at all (a file from elsewhere, an older export, a key judgment with no field) loses only the lead that
 * `shownKind` alone gives. `written` is true when the item was written by this exporter (attributes or that lead).
 */
export function readStatement(
  text: string,
  attrs: Attributes,
  language: string,
  warn: WarnFn,
  shownKind?: StatementKind,
): { text: string; fields: StatementMarks; written: boolean } {
  const fields: StatementMarks = {};
  if (!hasStatementAttributes(attrs)) {
    const lead = shownKind ? asImported(statementLead({ kind: shownKind }, language)) : '';
    const written = lead !== '' && text.startsWith(lead);
    return { text: written ? text.slice(lead.length) : text, fields, written };
  }
  const kind = attrs['data-kind'];
  if (kind !== undefined) {
    if ((STATEMENT_KINDS as readonly string[]).includes(kind)) fields.kind = kind as StatementKind;
    else warn(`statement kind "${kind.slice(0, 40)}" is not reporting, judgment, assumption or indicator and was dropped`);
  }
  if (attrs['data-portion-marking']) fields.portionMarking = attrs['data-portion-marking'];
  if (attrs['data-likelihood']) fields.likelihood = attrs['data-likelihood'];
  const confidence = attrs['data-confidence'];
  if (confidence !== undefined) {
    if (ConfidenceSchema.safeParse(confidence).success) fields.confidence = confidence as Confidence;
    else warn(`confidence "${confidence.slice(0, 40)}" is not low, moderate or high and was dropped`);
  }
  if (attrs['data-confidence-basis']) fields.confidenceBasis = attrs['data-confidence-basis'];
  const shown = shownKind ? { ...fields, kind: shownKind } : fields;
  let rest = text;
  const lead = asImported(statementLead(shown, language));
  if (lead !== '') {
    if (rest.startsWith(lead)) rest = rest.slice(lead.length);
    else warn(`the label before "${rest.slice(0, 40)}" does not match its attributes and was kept as text`);
  }
  const line = asImported(confidenceLine(fields, language));
  if (line !== '') {
    if (rest.endsWith(`\n${line}`)) rest = rest.slice(0, -line.length - 1);
    else warn(`the confidence line of "${rest.slice(0, 40)}" does not match its attributes and was kept as text`);
  }
  return { text: rest, fields, written: true };
}

/** Keeps only the fields a statement has (no undefined keys), for a clean deck object. */
export function definedFields(fields: StatementMarks): StatementMarks {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as StatementMarks;
}
