import { createContext, useContext } from 'react';

/**
 * The deck's base text direction ("ltr" | "rtl"), provided by the editor and the notes pane from `deck.direction`,
 * so that every text field of a right-to-left deck (Persian, Arabic, Hebrew) gets `dir="rtl"`.
 */
export const TextDirectionContext = createContext<'ltr' | 'rtl'>('ltr');

/** The current deck text direction for a field's `dir` attribute. */
export function useTextDirection(): 'ltr' | 'rtl' {
  return useContext(TextDirectionContext);
}
