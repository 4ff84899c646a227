import type { Citation, KeyJudgment } from '../../../src-shared/deck';
import { CitationChips } from '../citations/CitationChips';
import { StatementFields } from '../fields/StatementFields';
import { TextField } from '../fields/TextField';
import type { CitingProps } from '../SlideFormProps';

/** Props of {@link KeyJudgmentRow}. */
export interface KeyJudgmentRowProps {
  judgment: KeyJudgment;
  /** 0-based position. */
  index: number;
  citing: CitingProps;
  onChange(patch: Partial<KeyJudgment>, mergeField?: string): void;
  onRemove(): void;
  onCitations(citations: Citation[]): void;
}

/**
 * One key judgment: its text, whether it builds as a step, its portion marking, likelihood (a term of the deck's
 * yardstick), confidence (ICD 203 low / moderate / high, or not stated) and confidence basis, and its citations
 * (with a warning when it has none and the slide cites nothing).
 */
export function KeyJudgmentRow({ judgment, index, citing, onChange, onRemove, onCitations }: KeyJudgmentRowProps) {
  const n = index + 1;
  const uncited = citing.warnUncited && !(judgment.citations && judgment.citations.length > 0) && judgment.text.trim() !== '';
  return (
    <li className="bd-judgment-item">
      <TextField className="bd-judgment-text" label={`Key judgment ${n}`} name={`judgment-${n}`} field={`judgments[${index}]`} value={judgment.text} onChange={(text) => onChange({ text }, `judgments.${index}.text`)} />
      <div className="bd-judgment-meta">
        <StatementFields path={`judgments[${index}]`} noun={`judgment ${n}`} values={judgment} alwaysJudgment onChange={(patch, mergeField) => onChange(patch as Partial<KeyJudgment>, mergeField)} />
        <span className="bd-item-tools">
          <label className="bd-check" title="Reveal this judgment as a build step (fragment)">
            <input type="checkbox" checked={judgment.fragment} onChange={(e) => onChange({ fragment: e.target.checked })} />
            <span>Build</span>
            <span className="bd-sr-only">{` judgment ${n}`}</span>
          </label>
          <button type="button" className="bd-btn bd-btn-icon" aria-label={`Cite sources for judgment ${n}`} title="Cite" onClick={() => citing.cite({ kind: 'judgment', index }, `key judgment ${n}`)}>
            ¶
          </button>
          <button type="button" className="bd-btn bd-btn-icon bd-btn-danger" aria-label={`Remove judgment ${n}`} title="Remove" onClick={onRemove}>
            ×
          </button>
        </span>
      </div>
      {uncited ? (
        <p className="bd-warning" role="note">
          <span aria-hidden="true">⚠</span> Judgment {n} has no citation.
        </p>
      ) : null}
      <CitationChips
        label={`Citations of key judgment ${n}`}
        citations={judgment.citations ?? []}
        sources={citing.sources}
        onRemove={(k) => onCitations((judgment.citations ?? []).filter((_, j) => j !== k))}
      />
    </li>
  );
}
