/**
 * Speaking rate used for the notes pane's estimate: about 130 words per minute. Source: the US National Center for
 * Voice and Speech puts conversational English at about 150 words per minute; presentation coaches commonly plan
 * briefings at 120-140 wpm because speakers slow down for slides and questions. We take the middle, 130 wpm.
 */
export const WORDS_PER_MINUTE = 130;

/**
 * Counts words in speaker notes: runs of letters, digits or joiners separated by white space (works for Latin,
 * Arabic-script and Hebrew text; CJK text without spaces counts as one word a run).
 */
export function countWords(text: string): number {
  const words = text.trim().split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length;
}

/** Estimated speaking time for `words` words, in whole seconds, at {@link WORDS_PER_MINUTE}. */
export function speakingSeconds(words: number): number {
  return Math.round((words / WORDS_PER_MINUTE) * 60);
}

/** Formats seconds as "m:ss" (e.g. 75 -> "1:15"). */
export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
