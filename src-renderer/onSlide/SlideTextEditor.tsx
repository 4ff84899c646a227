import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { removeBullet } from '../../src-shared/commands';
import type { FieldBox, FieldLook } from '../slideFrame';
import { editorStore, selectFocusedSlide, useEditor } from '../store';
import { bulletPath, indentCall, setFieldTextCall, slideTextField, splitBulletCalls, type FieldCall } from './slideTextFields';
import './onSlide.css';

/** The field edited on the slide: its path, and where and how it shows in the preview frame (frame px). */
export interface OnSlideTarget {
  path: string;
  box: FieldBox;
  look: FieldLook;
}

/** Props of {@link SlideTextEditor}. */
export interface SlideTextEditorProps {
  target: OnSlideTarget;
  /** Move the editor to another field of the same slide (Enter in a bullet, Tab in a table). */
  onMove(path: string, caret: 'start' | 'end'): void;
  /** Leave editing (Esc, a click elsewhere, Enter in a one-line field). */
  onClose(): void;
  dir: 'ltr' | 'rtl';
}

/** Dispatches the calls in order through the store (the one undo history); a refused edit is shown as an alert. */
function run(calls: readonly FieldCall[]): void {
  const { dispatch, showAlert } = editorStore.getState();
  try {
    for (const c of calls) dispatch(c.command, c.args as never, c.mergeKey ? { mergeKey: c.mergeKey } : undefined);
  } catch (err) {
    showAlert('error', err instanceof Error ? err.message : String(err));
  }
}

/**
 * The text box that edits a slide's text on the slide: a real textarea of the editor's own page laid over the field's
 * box in the preview (which stays a sandboxed frame that edits nothing), in the slide's font, size and colours. Every
 * keystroke is the form's own command with its merge key (slideTextFields.ts), so one undo history covers both, and
 * the form shows the text as it is typed. Enter in a bullet starts a new bullet (the text after the caret moves to
 * it), Tab and Shift+Tab indent and outdent it, Backspace in an empty bullet removes it; Tab moves between table cells;
 * Esc leaves.
 */
export function SlideTextEditor({ target, onMove, onClose, dir }: SlideTextEditorProps) {
  const slide = useEditor(selectFocusedSlide);
  const field = slide ? slideTextField(slide, target.path) : null;
  const ref = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<'start' | 'end' | null>('end');

  // The field went away (an undo removed the bullet, another slide was chosen): stop editing.
  useEffect(() => {
    if (!field) onClose();
  }, [field, onClose]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = '0px';
    el.style.height = `${Math.max(target.box.height, el.scrollHeight)}px`;
  });

  useEffect(() => {
    const el = ref.current;
    if (!el || caret.current === null) return;
    el.focus({ preventScroll: true });
    const at = caret.current === 'start' ? 0 : el.value.length;
    el.setSelectionRange(at, at);
    caret.current = null;
  }, [target.path]);

  if (!slide || !field) return null;

  const move = (path: string, where: 'start' | 'end') => {
    caret.current = where;
    onMove(path, where);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing) return;
    const el = e.currentTarget;
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Enter' && !e.shiftKey && field.bullet) {
      e.preventDefault();
      const split = splitBulletCalls(slide, field, el.value, el.selectionStart);
      if (!split) return;
      run(split.calls);
      move(split.next, 'start');
    } else if (e.key === 'Enter' && !field.multiline) {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey && field.bullet) {
      e.preventDefault();
      const indent = indentCall(slide, field, e.shiftKey);
      if (indent) run([indent]);
    } else if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey && field.cell) {
      e.preventDefault();
      const next = e.shiftKey ? field.cell.prev : field.cell.next;
      if (next) move(next, 'end');
      else onClose();
    } else if (e.key === 'Backspace' && field.bullet && el.value === '' && field.bullet.count > 1) {
      e.preventDefault();
      const { list, index } = field.bullet;
      run([{ command: removeBullet as never, args: { slideId: slide.id, list, index } }]);
      if (index > 0) move(bulletPath(field, index - 1), 'end');
      else move(bulletPath(field, 0), 'start');
    }
  };

  const { box, look } = target;
  return (
    <textarea
      ref={ref}
      className="bd-on-slide-editor"
      dir={dir}
      aria-label={`Edit on the slide: ${field.label}`}
      data-on-slide-field={field.path}
      value={field.value}
      rows={1}
      spellCheck
      maxLength={field.multiline ? 100_000 : 4000}
      onChange={(e) => run([setFieldTextCall(slide, field, e.target.value)])}
      onKeyDown={onKeyDown}
      onBlur={onClose}
      style={{
        left: box.x,
        top: box.y,
        width: Math.max(box.width, 48),
        minHeight: Math.max(box.height, look.lineHeightPx),
        fontSize: look.fontPx,
        lineHeight: `${look.lineHeightPx}px`,
        fontFamily: look.fontFamily,
        fontWeight: look.fontWeight,
        fontStyle: look.fontStyle,
        color: look.color,
        background: look.background,
        textAlign: look.textAlign as React.CSSProperties['textAlign'],
      }}
    />
  );
}
