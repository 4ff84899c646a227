import { useId } from 'react';
import { useTextDirection } from './TextDirection';

/** Props of {@link TextAreaField}: a labelled multi-line text box bound to a deck value. */
export interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  rows?: number;
  placeholder?: string;
  name?: string;
  /** The deck path this control edits (`data-field`, e.g. "judgments[1]" or "bullets[0].portionMarking"): a tradecraft finding's field finds its input by it. */
  field?: string;
  maxLength?: number;
  /** Extra content under the box (e.g. a word count), linked to it by aria-describedby. */
  footer?: React.ReactNode;
}

/** A labelled textarea whose `dir` follows the deck's direction. */
export function TextAreaField(props: TextAreaFieldProps) {
  const id = useId();
  const dir = useTextDirection();
  return (
    <div className="bd-field">
      <label htmlFor={id} className="bd-label">
        {props.label}
      </label>
      <textarea
        id={id}
        dir={dir}
        name={props.name}
        data-field={props.field}
        rows={props.rows ?? 3}
        value={props.value}
        placeholder={props.placeholder}
        maxLength={props.maxLength ?? 100_000}
        aria-describedby={props.footer ? `${id}-footer` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.footer ? (
        <div id={`${id}-footer`} className="bd-field-footer">
          {props.footer}
        </div>
      ) : null}
    </div>
  );
}
