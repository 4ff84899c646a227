import { useCallback, useEffect, useRef, useState } from 'react';
import { mapPresentKey, type PresentKey } from '../../src-shared/present';
import { dispatchPresentation, escapePresentation } from './presentCommands';

/**
 * Keys that belong to a control rather than to presenting: all keys in a text field (the pacing fields), and Enter or
 * Space on a focused button (keyboard users activate the presenter view's buttons with them), except the Enter that
 * ends a typed slide number.
 */
const belongsToControl = (event: KeyboardEvent, digitsTyped: boolean): boolean => {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  if (event.key === 'Enter' && digitsTyped) return false;
  return target.tagName === 'BUTTON' && (event.key === 'Enter' || event.key === ' ');
};

/**
 * The presenting keys of one window (src-shared/present/keyMap.ts), from the page itself and from its slide frames
 * (which forward their keys). Returns `onFrameKey` for SlideFrame's `onKey`, and the digits typed so far (shown as
 * "Go to slide 7…"). Keys for a focused control are left to it.
 */
export function usePresentKeys(dir: 'ltr' | 'rtl'): { onFrameKey: (key: PresentKey) => void; digits: string } {
  const [digits, setDigits] = useState('');
  const buffer = useRef('');
  const direction = useRef(dir);
  direction.current = dir;

  const handle = useCallback((key: PresentKey): boolean => {
    const { command, buffer: next } = mapPresentKey(key, buffer.current, direction.current);
    buffer.current = next;
    setDigits(next);
    if (!command) return /^[0-9]$/.test(key.key) || key.key === 'Escape' || key.key === 'Backspace';
    if (command.kind === 'exit') escapePresentation();
    else dispatchPresentation(command.action);
    return true;
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || belongsToControl(event, buffer.current !== '')) return;
      if (handle(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handle]);

  return { onFrameKey: handle, digits };
}
