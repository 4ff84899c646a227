import { useRef, useState } from 'react';
import type { ReviewItem } from '../../../src-shared/sources/import';

/** Props of {@link ReviewItemRow}. */
export interface ReviewItemRowProps {
  item: ReviewItem;
  /** The ¶ number the item gets, or undefined when it is left out. */
  number: number | undefined;
  isLast: boolean;
  onInclude: (included: boolean) => void;
  onMergeWithNext: () => void;
  /** Splits the item at a character offset of its text. */
  onSplit: (offset: number) => void;
}

/** The first words of a text, for names of buttons ("“By Lena Okafor…”"). */
export function firstWords(text: string, count = 5): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/**
 * One proposed paragraph of the review: its ¶ number (or "left out" and why, greyed), its text, and Include/Exclude,
 * Merge with next and Split. Split opens the text in a read-only text box: put the caret where the new paragraph
 * starts and press "Split at caret", or click the word that starts it.
 */
export function ReviewItemRow({ item, number, isLast, onInclude, onMergeWithNext, onSplit }: ReviewItemRowProps) {
  const [splitting, setSplitting] = useState(false);
  const [message, setMessage] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const name = number !== undefined ? `¶${number}` : `left-out “${firstWords(item.text)}”`;
  const split = (offset: number) => {
    if (item.text.slice(0, offset).trim() === '' || item.text.slice(offset).trim() === '') {
      setMessage('Put the caret inside the text, between two words.');
      return;
    }
    setSplitting(false);
    setMessage('');
    onSplit(offset);
  };
  const words = [...item.text.matchAll(/\S+/g)];
  return (
    <li className={`src-review-item${item.included ? '' : ' left-out'}`} data-testid="review-item">
      <span className="src-review-num" aria-hidden={number === undefined}>
        {number !== undefined ? `¶${number}` : '—'}
      </span>
      <div className="src-review-text">
        {splitting ? (
          <>
            <textarea
              ref={textRef}
              readOnly
              value={item.text}
              rows={Math.min(8, Math.ceil(item.text.length / 80) + 1)}
              aria-label={`Text of ${name}: put the caret where the new paragraph starts`}
              autoFocus
            />
            <p className="bd-hint">Or click the word that starts the new paragraph:</p>
            <p className="src-split-words" role="group" aria-label={`Split ${name} before a word`}>
              {words.map((w) => (
                <button key={w.index} type="button" tabIndex={-1} className="src-split-word" onClick={() => split(w.index ?? 0)} title="Split before this word">
                  {w[0]}
                </button>
              ))}
            </p>
            {message ? <p className="src-field-error" role="alert">{message}</p> : null}
            <div className="src-row-actions">
              <button type="button" className="bd-btn bd-btn-primary" onClick={() => split(textRef.current?.selectionStart ?? 0)}>Split at caret</button>
              <button type="button" className="bd-btn" onClick={() => setSplitting(false)}>Cancel split</button>
            </div>
          </>
        ) : (
          <p>{item.text}</p>
        )}
        {!item.included ? <p className="src-review-reason">Left out{item.skippedBecause ? `: ${item.skippedBecause}` : ' by you'}</p> : null}
      </div>
      {!splitting ? (
        <div className="src-row-actions">
          <button type="button" className="bd-btn" onClick={() => onInclude(!item.included)} aria-label={`${item.included ? 'Exclude' : 'Include'} ${name}`}>
            {item.included ? 'Exclude' : 'Include'}
          </button>
          <button type="button" className="bd-btn" onClick={onMergeWithNext} disabled={isLast} aria-label={`Merge ${name} with the next item`}>Merge with next</button>
          <button type="button" className="bd-btn" onClick={() => setSplitting(true)} disabled={words.length < 2} aria-label={`Split ${name}`}>Split…</button>
        </div>
      ) : null}
    </li>
  );
}
