import { useId, useState } from 'react';
import { parseParagraphInput } from '../../../src-shared/sources';
import type { SourceTextParagraph } from '../../../src-shared/deck';
import { firstWords } from '../import/ReviewItemRow';

/** Props of {@link ParagraphChips}. */
export interface ParagraphChipsProps {
  /** The cited paragraph numbers. */
  value: readonly number[];
  onChange: (paragraphs: number[]) => void;
  /** The source's paragraphs (numbers 1..N with text): the range numbers are checked against, and the pick list. */
  paragraphs: readonly SourceTextParagraph[];
  /** What the item is called in labels, e.g. "claim 1". */
  label: string;
  /** A message from the last save attempt (e.g. no paragraph cited). */
  problem?: string;
}

/**
 * The paragraphs an item cites, as chips (each removable) with an input for numbers and ranges ("3, 5-7", checked
 * against the source's paragraph count) and a list to pick from that shows each paragraph's first words.
 */
export function ParagraphChips({ value, onChange, paragraphs, label, problem }: ParagraphChipsProps) {
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');
  const id = useId();
  const add = (numbers: number[]) => onChange([...new Set([...value, ...numbers])].sort((a, b) => a - b));
  const commit = () => {
    if (typed.trim() === '') return;
    const parsed = parseParagraphInput(typed, paragraphs.length);
    if (!parsed.ok) return setMessage(parsed.message);
    add(parsed.paragraphs);
    setTyped('');
    setMessage('');
  };
  const shown = message || problem;
  return (
    <div className="src-chips" role="group" aria-label={`Paragraphs cited by ${label}`}>
      <ul className="src-chip-list">
        {value.map((n) => (
          <li key={n} className="src-chip">
            ¶{n}
            <button type="button" className="src-chip-remove" onClick={() => onChange(value.filter((m) => m !== n))} aria-label={`Remove ¶${n} from ${label}`}>×</button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        value={typed}
        size={8}
        placeholder="¶ e.g. 3, 5-7"
        aria-label={`Add paragraphs to ${label}`}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-error` : undefined}
        onChange={(e) => setTyped(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      <select
        aria-label={`Pick a paragraph for ${label}`}
        value=""
        onChange={(e) => {
          if (e.target.value !== '') add([Number(e.target.value)]);
        }}
      >
        <option value="">Pick a paragraph…</option>
        {paragraphs.map((p) => (
          <option key={p.n} value={p.n} disabled={value.includes(p.n)}>
            ¶{p.n} {firstWords(p.text, 8)}
          </option>
        ))}
      </select>
      {shown ? <span id={`${id}-error`} className="src-field-error">{shown}</span> : null}
    </div>
  );
}
