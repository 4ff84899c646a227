import type { JudgmentStand } from '../deck';

/**
 * A judgment's stand in words, as a reader says it: "likely, moderate confidence", "unlikely", "(reporting)" when it
 * is not a judgment; "no likelihood or confidence" when it carries neither.
 */
export function standText(stand: JudgmentStand): string {
  const parts = [stand.likelihood, stand.confidence ? `${stand.confidence} confidence` : undefined].filter((p): p is string => Boolean(p));
  const words = parts.join(', ') || 'no likelihood or confidence';
  return stand.kind && stand.kind !== 'judgment' ? `${words} (${stand.kind})` : words;
}
