import type { Citation, KeyJudgment } from '../../../src-shared/deck';
import { CitationChips } from '../citations/CitationChips';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { CONFIDENCE_LEVELS, LIKELIHOOD_TERMS } from '../icd203';
import type { CitingProps } from '../SlideFormProps';

const CONFIDENCE_OPTIONS = [{ value: '', label: 'Confidence not stated' }, ...CONFIDENCE_LEVELS.map((c) => ({ value: c, label: `${c[0].toUpperCase()}${c.slice(1)} confidence` }))];
const LIKELIHOOD_OPTIONS = [
  { value: '', label: 'No likelihood term' },
  ...LIKELIHOOD_TERMS.map((t) => ({ value: t.term, label: `${t.term} (${t.range[0]}–${t.range[1]}%)` })),
];

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
 * One key judgment: its text, ICD 203 confidence (low / moderate / high), an ICD 203 likelihood term, whether it
 * builds as a step, and its citations (with a warning when it has none and the slide cites nothing).
 */
export function KeyJudgmentRow({ judgment, index, citing, onChange, onRemove, onCitations }: KeyJudgmentRowProps) {
  const n = index + 1;
  const uncited = citing.warnUncited && !(judgment.citations && judgment.citations.length > 0) && judgment.text.trim() !== '';
  return (
    <li className="bd-judgment-item">
      <div className="bd-judgment">
        <TextField className="bd-judgment-text" label={`Key judgment ${n}`} name={`judgment-${n}`} value={judgment.text} onChange={(text) => onChange({ text }, `judgments.${index}.text`)} />
        <SelectField label={`Confidence of judgment ${n}`} hideLabel value={judgment.confidence ?? ''} options={CONFIDENCE_OPTIONS} onChange={(v) => onChange({ confidence: v === '' ? undefined : (v as KeyJudgment['confidence']) })} />
        <SelectField
          label={`Likelihood of judgment ${n}`}
          hideLabel
          value={judgment.likelihood ?? ''}
          options={judgment.likelihood && !LIKELIHOOD_TERMS.some((t) => t.term === judgment.likelihood) ? [...LIKELIHOOD_OPTIONS, { value: judgment.likelihood, label: judgment.likelihood }] : LIKELIHOOD_OPTIONS}
          onChange={(v) => onChange({ likelihood: v === '' ? undefined : v })}
        />
        <span aria-hidden="true" />
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
        label={`Citations of judgment ${n}`}
        citations={judgment.citations ?? []}
        sources={citing.sources}
        onRemove={(k) => onCitations((judgment.citations ?? []).filter((_, j) => j !== k))}
      />
    </li>
  );
}
