import { useCallback, useRef } from 'react';
import type { Slide } from '../../../src-shared/deck';
import { slideLinkMarkdown } from '../../../src-shared/links/slideLinks';
import { inlineToPlainText } from '../../../src-shared/markdown/inlineRuns';
import { Dialog } from '../fields/Dialog';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

function isInlineTextControl(el: EventTarget | null): el is TextControl {
  // Text inputs and text areas hold inline Markdown; inputs with suggestions (portion markings) do not.
  return (el instanceof HTMLInputElement && el.type === 'text' && !el.hasAttribute('list')) || el instanceof HTMLTextAreaElement;
}

/**
 * Remembers the editor's last focused inline text field (a text input or text area inside the element the returned
 * `onFocus` is set on, as `onFocusCapture`), so "Link to slide…" can insert into it after its button took the focus.
 * `field()` returns it while it is still in the document, else null.
 */
export function useLastTextField(): { onFocus: (event: { target: EventTarget | null }) => void; field: () => TextControl | null } {
  const last = useRef<TextControl | null>(null);
  const onFocus = useCallback((event: { target: EventTarget | null }) => {
    if (isInlineTextControl(event.target)) last.current = event.target;
  }, []);
  const field = useCallback(() => (last.current?.isConnected ? last.current : null), []);
  return { onFocus, field };
}

/**
 * Inserts a link to `slide` at the field's selection: the selected text becomes the link text, else the slide's title
 * ("slide N" when it has none). The text is typed into the field (`insertText`), so the field's own change handler
 * runs the same named command, with the same undo step, as typing it would.
 */
export function insertSlideLink(field: TextControl, slide: Slide, position: number): void {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const selected = field.value.slice(start, end);
  const markdown = slideLinkMarkdown(selected.trim() !== '' ? selected : inlineToPlainText(slide.title).trim() || `slide ${position}`, slide.id);
  field.focus();
  field.setSelectionRange(start, end);
  if (!document.execCommand('insertText', false, markdown)) {
    // No editing command (a test DOM): set the value as the browser would and announce it as typed input.
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
    setter?.call(field, field.value.slice(0, start) + markdown + field.value.slice(end));
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Props of {@link SlideLinkDialog}. */
export interface SlideLinkDialogProps {
  slides: readonly Slide[];
  /** The slide being edited (listed, marked "this slide"). */
  currentId: string;
  /** False when no text field was focused yet: the dialog says where to click first. */
  hasField: boolean;
  /** Called with the chosen slide's index in `slides`; the caller inserts the link and closes the dialog. */
  onPick: (index: number) => void;
  onClose: () => void;
}

/** "Link to slide…": every slide by number and title (hidden ones marked); choosing one calls `onPick`. */
export function SlideLinkDialog({ slides, currentId, hasField, onPick, onClose }: SlideLinkDialogProps) {
  return (
    <Dialog title="Link to slide" onClose={onClose} className="bd-insert-dialog">
      {hasField ? (
        <p className="bd-hint">The link goes where the cursor was; selected text becomes the link text.</p>
      ) : (
        <p className="bd-warning" role="alert">Click in a text field first, then choose “Link to slide…”.</p>
      )}
      <ul className="bd-pick-list" aria-label="Slides">
        {slides.map((s, i) => (
          <li key={s.id}>
            <button type="button" className="bd-pick-button" disabled={!hasField} onClick={() => onPick(i)}>
              <strong>
                {i + 1}. {inlineToPlainText(s.title).trim() || '(untitled)'}
              </strong>
              <span>
                {s.layout}
                {s.hidden ? ' · hidden' : ''}
                {s.id === currentId ? ' · this slide' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="bd-dialog-actions">
        <button type="button" className="bd-btn" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
