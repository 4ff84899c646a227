import { useEffect } from 'react';
import { editorStore } from '../store';
import { statementOfField } from './statementOfField';

/**
 * Tracks the "current statement" of the slide editor for the Source panel: when a field inside the slide editor gets
 * focus, the statement it belongs to (bullet, key judgment, timeline entry, column bullet) becomes current, or none
 * when it is another field (the title, the BLUF sentence). Focus moving outside the slide editor (to the Source
 * panel, where the user selects a passage) leaves it as it was, so "the statement last focused" stays the target.
 */
export function CurrentStatementTracker() {
  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      const el = e.target instanceof Element ? e.target : null;
      const editor = el?.closest<HTMLElement>('.bd-editor[data-slide-id]');
      if (!el || !editor) return;
      const slideId = editor.dataset.slideId ?? '';
      const target = statementOfField(el.closest<HTMLElement>('[data-field]')?.dataset.field);
      editorStore.getState().setCurrentStatement(target ? { slideId, target } : null);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);
  return null;
}
