import { useEffect, useRef } from 'react';
import { isMac, isTextField, shortcutFor, type ShortcutAction } from './keymap';

/**
 * Listens for the editor's shortcuts on the window (capture phase, so a focused field cannot swallow them) and runs
 * `run(action)`. The browser default (Ctrl+S "save page", Ctrl+D "bookmark", F5 "reload", the field's own undo) is
 * prevented for every handled key. Keys are ignored while a modal dialog is open.
 */
export function useShortcuts(run: (action: ShortcutAction) => void): void {
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    const mac = isMac();
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (document.querySelector('[aria-modal="true"], dialog[open]')) return;
      const action = shortcutFor(e, { mac, inTextField: isTextField(document.activeElement) });
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      runRef.current(action);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
