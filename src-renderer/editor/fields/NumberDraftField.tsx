import { useEffect, useId, useState } from 'react';

/** Props of {@link NumberDraftField}: a number typed as text, checked before it reaches the deck. */
export interface NumberDraftFieldProps {
  label: string;
  value: number;
  /**
   * Why `n` cannot be stored (e.g. "latitude must be between -90 and 90"), or null when it can. Called on every
   * keystroke with the parsed number.
   */
  check: (n: number) => string | null;
  /** Called with a number that passed `check`; the deck changes only then. */
  onCommit: (n: number) => void;
  name?: string;
  /** The deck path this control edits (`data-field`). */
  field?: string;
  hideLabel?: boolean;
}

/**
 * A labelled number input that keeps what the user types as a draft: text that is not a number, or a number that
 * `check` refuses, stays in the box with the reason under it (`aria-invalid`, `role="alert"`) and never reaches the
 * deck, so a half-typed "-" or a latitude of 95 is shown as a field error, never thrown. The draft follows the deck
 * value when it changes elsewhere (undo, another view).
 */
export function NumberDraftField(props: NumberDraftFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(props.value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft((d) => (Number(d) === props.value && d.trim() !== '' ? d : String(props.value)));
    setError(null);
  }, [props.value]);
  const change = (text: string) => {
    setDraft(text);
    const n = text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
    const problem = Number.isFinite(n) ? props.check(n) : 'enter a number';
    setError(problem);
    if (problem === null && n !== props.value) props.onCommit(n);
  };
  return (
    <div className="bd-field bd-number-field">
      <label htmlFor={id} className={props.hideLabel ? 'bd-sr-only' : 'bd-label'}>
        {props.label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        dir="ltr"
        name={props.name}
        data-field={props.field}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => change(e.target.value)}
      />
      {error ? (
        <span id={`${id}-error`} className="bd-field-error" role="alert">
          {props.label}: {error}
        </span>
      ) : null}
    </div>
  );
}
