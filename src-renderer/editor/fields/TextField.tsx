import { useId, type KeyboardEvent } from 'react';
import { useTextDirection } from './TextDirection';

/** Props of {@link TextField}: a labelled one-line text input bound to a deck value. */
export interface TextFieldProps {
  /** Visible label (also the accessible name). */
  label: string;
  value: string;
  /** Called with the new text on every keystroke (the store merges a burst into one undo step by mergeKey). */
  onChange: (text: string) => void;
  placeholder?: string;
  /** Hide the label visually but keep it for screen readers (dense rows such as bullets and cells). */
  hideLabel?: boolean;
  className?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** Optional `data-testid`-free hook for tests and e2e: the input's name attribute. */
  name?: string;
  maxLength?: number;
  /** The deck path this control edits (`data-field`, e.g. "judgments[1]" or "bullets[0].portionMarking"): a tradecraft finding's field finds its input by it. */
  field?: string;
  /** Suggestions offered as the user types (a `<datalist>`); any text may still be entered. */
  suggestions?: readonly string[];
}

/** A labelled text input whose `dir` follows the deck's direction. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const dir = useTextDirection();
  return (
    <div className={`bd-field ${props.className ?? ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'bd-sr-only' : 'bd-label'}>
        {props.label}
      </label>
      <input
        id={id}
        type="text"
        dir={dir}
        name={props.name}
        data-field={props.field}
        value={props.value}
        placeholder={props.placeholder}
        maxLength={props.maxLength ?? 4000}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={props.onKeyDown}
        list={props.suggestions ? `${id}-list` : undefined}
      />
      {props.suggestions ? (
        <datalist id={`${id}-list`}>
          {props.suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
