import type { KeyJudgment } from '../deck';
import { defineCommand } from './command';
import { clampIndex, insertAt, removeAt, replaceAt, updateSlideOfLayout } from './slideAccess';

/** Adds a key judgment to a BLUF slide at `index` (default: the end); confidence defaults to moderate (ICD 203). */
export const addJudgment = defineCommand<{ slideId: string; index?: number; text?: string; confidence?: KeyJudgment['confidence'] }>({
  name: 'addJudgment',
  label: 'Add key judgment',
  perform(deck, { slideId, index, text = '', confidence = 'moderate' }) {
    return updateSlideOfLayout(deck, slideId, ['bluf'], (s) => {
      if (s.judgments.length >= 50) return s;
      const at = clampIndex(index, s.judgments.length);
      return { ...s, judgments: insertAt(s.judgments, at, { text, confidence, fragment: s.judgments[at - 1]?.fragment ?? false }) };
    });
  },
});

/** Removes key judgment `index` from a BLUF slide. */
export const removeJudgment = defineCommand<{ slideId: string; index: number }>({
  name: 'removeJudgment',
  label: 'Delete key judgment',
  perform(deck, { slideId, index }) {
    return updateSlideOfLayout(deck, slideId, ['bluf'], (s) => {
      const judgments = removeAt(s.judgments, index);
      return judgments === s.judgments ? s : { ...s, judgments: [...judgments] };
    });
  },
});

/** Changes a key judgment's text, confidence, likelihood phrase, build step or citations. */
export const setJudgment = defineCommand<{ slideId: string; index: number; patch: Partial<KeyJudgment> }>({
  name: 'setJudgment',
  label: 'Edit key judgment',
  perform(deck, { slideId, index, patch }) {
    return updateSlideOfLayout(deck, slideId, ['bluf'], (s) => {
      const judgments = replaceAt(s.judgments, index, (j) => (Object.entries(patch).every(([k, v]) => (j as Record<string, unknown>)[k] === v) ? j : { ...j, ...patch }));
      return judgments === s.judgments ? s : { ...s, judgments: [...judgments] };
    });
  },
});
