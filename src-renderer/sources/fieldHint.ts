import { createContext, useContext } from 'react';
import type { FieldHint } from '../store';

/** The hint of one empty field on the slide shown in the slide editor (the passage a new bullet is to paraphrase). */
export const FieldHintContext = createContext<FieldHint | null>(null);

/** Longest passage put in a placeholder, in characters (the input shows one line; the title shows it all). */
const PLACEHOLDER_CHARS = 160;

/**
 * A lookup from a field's `data-field` to its hint: `{placeholder: "Paraphrase: …", title}` for the field the hint
 * is for, undefined for every other field.
 */
export function useFieldHints(): (field: string) => { placeholder: string; title: string } | undefined {
  const hint = useContext(FieldHintContext);
  return (field) => {
    if (!hint || hint.field !== field) return undefined;
    const short = hint.text.length > PLACEHOLDER_CHARS ? `${hint.text.slice(0, PLACEHOLDER_CHARS)}…` : hint.text;
    return { placeholder: `Paraphrase: ${short}`, title: `Paraphrase in your own words: ${hint.text}` };
  };
}
