import type { Confidence, StatementKind } from '../../../src-shared/deck';
import { CONFIDENCE_OPTIONS, KIND_OPTIONS, likelihoodOptions } from '../likelihoodOptions';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useYardstick } from './Yardstick';

/** The tradecraft fields a statement carries (deck format 2, slideContent.ts `statementFields`). */
export interface StatementValues {
  kind?: StatementKind;
  portionMarking?: string;
  likelihood?: string;
  confidence?: Confidence;
  confidenceBasis?: string;
}

/** Common portion markings (CAPCO register abbreviations and TLP 2.0 labels), offered as suggestions; any text is allowed. */
export const PORTION_MARKINGS = ['(U)', '(CUI)', '(U//FOUO)', '(C)', '(S)', '(TS)', 'TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:RED'];

/** Props of {@link StatementFields}. */
export interface StatementFieldsProps {
  /** The statement's deck path, e.g. "bullets[2]" or "judgments[0]"; each control's `data-field` is `<path>.<field>`. */
  path: string;
  /** How labels name the statement: "bullet 3", "judgment 1", "entry 2". */
  noun: string;
  values: StatementValues;
  /** Key judgments are always judgments: no kind select, and the judgment fields always show. */
  alwaysJudgment?: boolean;
  /** Shown when false: the portion marking field (a table row's mark is the table's). */
  hideMarking?: boolean;
  /** A patch of the statement; `mergeField` (e.g. "bullets.2.portionMarking") groups a typing burst into one undo step. */
  onChange(patch: StatementValues, mergeField?: string): void;
}

/**
 * One compact row under a statement: its kind (reporting, judgment, assumption, indicator), its portion marking,
 * and for a judgment its likelihood (a term of the deck's yardstick), confidence (ICD 203 low / moderate / high, or
 * not stated) and the basis of that confidence. Labels are visually hidden (the options and placeholders name each
 * control) so the statement's own text keeps the width.
 */
export function StatementFields({ path, noun, values, alwaysJudgment, hideMarking, onChange }: StatementFieldsProps) {
  const yardstick = useYardstick();
  const judgment = alwaysJudgment || values.kind === 'judgment';
  const merge = (field: string) => `${path.replace(/\[(\d+)\]/g, '.$1')}.${field}`;
  return (
    <div className="bd-statement">
      {alwaysJudgment ? null : (
        <SelectField
          className="bd-statement-kind"
          label={`Kind of ${noun}`}
          hideLabel
          field={`${path}.kind`}
          value={values.kind ?? ''}
          options={KIND_OPTIONS}
          onChange={(v) => onChange({ kind: v === '' ? undefined : (v as StatementKind) })}
        />
      )}
      {hideMarking ? null : (
        <TextField
          className="bd-statement-mark"
          label={`Portion marking of ${noun}`}
          hideLabel
          field={`${path}.portionMarking`}
          placeholder="Mark"
          maxLength={40}
          suggestions={PORTION_MARKINGS}
          value={values.portionMarking ?? ''}
          onChange={(v) => onChange({ portionMarking: v === '' ? undefined : v }, merge('portionMarking'))}
        />
      )}
      {judgment ? (
        <>
          <SelectField
            label={`Likelihood of ${noun}`}
            hideLabel
            field={`${path}.likelihood`}
            value={values.likelihood ?? ''}
            options={likelihoodOptions(yardstick, values.likelihood)}
            onChange={(v) => onChange({ likelihood: v === '' ? undefined : v })}
          />
          <SelectField
            label={`Confidence of ${noun}`}
            hideLabel
            field={`${path}.confidence`}
            value={values.confidence ?? ''}
            options={CONFIDENCE_OPTIONS}
            onChange={(v) => onChange({ confidence: v === '' ? undefined : (v as Confidence) })}
          />
          <TextField
            className="bd-statement-basis"
            label={`Confidence basis of ${noun}`}
            hideLabel
            field={`${path}.confidenceBasis`}
            placeholder="Confidence basis: what it rests on"
            maxLength={600}
            value={values.confidenceBasis ?? ''}
            onChange={(v) => onChange({ confidenceBasis: v === '' ? undefined : v }, merge('confidenceBasis'))}
          />
        </>
      ) : null}
    </div>
  );
}
