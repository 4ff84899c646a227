import { STATEMENT_KINDS, type Confidence, type StatementKind } from '../../deck';
import type { RenderLabels } from './labels';

/** The statement fields the outputs print: kind, portion marking, likelihood, confidence and its basis. */
export interface StatementMarks {
  kind?: StatementKind;
  portionMarking?: string;
  likelihood?: string;
  confidence?: Confidence;
  confidenceBasis?: string;
}

/** The statement's kind when it is one of the known kinds (a file may hold anything), else undefined. */
export function knownKind(kind: unknown): StatementKind | undefined {
  return (STATEMENT_KINDS as readonly unknown[]).includes(kind) ? (kind as StatementKind) : undefined;
}

/** The trimmed portion marking, or '' when there is none. */
export function portionOf(item: { portionMarking?: string }): string {
  return item.portionMarking?.trim() ?? '';
}

/** The trimmed likelihood phrase ("likely"), or '' when there is none. */
export function likelihoodOf(item: { likelihood?: string }): string {
  return item.likelihood?.trim() ?? '';
}

const endsSentence = (text: string) => /[.!?؟。]$/.test(text);

/**
 * The confidence sentence, stated apart from the likelihood as ICD 203 §D.6.e asks ("Confidence: moderate. Basis: one
 * analytic article; ¶16 describes present policy."): the level when there is one, then the basis when there is one
 * (a full stop added unless it ends a sentence already). '' when the statement has neither. Plain text: callers
 * escape it for their format.
 */
export function confidenceSentence(item: StatementMarks, labels: RenderLabels): string {
  const parts: string[] = [];
  const level = item.confidence && item.confidence in labels.confidenceLevel ? labels.confidenceLevel[item.confidence] : '';
  if (level !== '') parts.push(`${labels.confidence}: ${level}.`);
  const basis = item.confidenceBasis?.trim() ?? '';
  if (basis !== '') parts.push(`${labels.basis}: ${basis}${endsSentence(basis) ? '' : '.'}`);
  return parts.join(' ');
}
