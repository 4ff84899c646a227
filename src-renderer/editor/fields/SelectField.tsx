import { useId } from 'react';

/** One option of a {@link SelectField}. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of {@link SelectField}: a labelled native select. */
export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  hideLabel?: boolean;
  name?: string;
  /** The deck path this control edits (`data-field`, e.g. "judgments[1]" or "bullets[0].portionMarking"): a tradecraft finding's field finds its input by it. */
  field?: string;
  className?: string;
}

/** A labelled native `<select>` (keyboard and screen-reader friendly by default). */
export function SelectField(props: SelectFieldProps) {
  const id = useId();
  return (
    <div className={`bd-field ${props.className ?? ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'bd-sr-only' : 'bd-label'}>
        {props.label}
      </label>
      <select id={id} name={props.name} data-field={props.field} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
