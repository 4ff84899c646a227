/**
 * Word-run fingerprints of a source: the set of hashes of every run of `RUN_WORDS` consecutive words. They let the
 * copy check find a slide text that repeats a source's words without the project holding the source's text (the
 * built-in article's text is not ours to ship: its argument map stores only these hashes).
 * Words: letters and digits after Unicode NFKD with combining marks removed, lower-cased; everything else separates
 * words ("Erdoğan's" -> "erdogan", "s"). Hash: 32-bit FNV-1a of the words joined by one space, as 8 hex digits.
 */
export const RUN_WORDS = 8;

/** The normalised words of a text (see the module comment). */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** 32-bit FNV-1a of a string's UTF-16 code units, as 8 lower-case hex digits. */
export function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The hash of each run of `RUN_WORDS` consecutive words of `text`, in order (none when it has fewer words). */
export function runHashes(text: string): string[] {
  const words = wordsOf(text);
  const out: string[] = [];
  for (let i = 0; i + RUN_WORDS <= words.length; i++) out.push(fnv1a32(words.slice(i, i + RUN_WORDS).join(' ')));
  return out;
}

/** A source's fingerprint as stored in an argument map: the sorted, unique run hashes of all its texts. */
export function sourceFingerprint(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap(runHashes))].sort();
}

/**
 * The first run of `RUN_WORDS` or more words of `text` whose hashes are all in `fingerprint`, as the words of the run
 * (normalised), or undefined. Overlapping runs join into one, so a 12-word copy is reported whole.
 */
export function copiedRun(text: string, fingerprint: ReadonlySet<string>): string | undefined {
  const words = wordsOf(text);
  for (let i = 0; i + RUN_WORDS <= words.length; i++) {
    if (!fingerprint.has(fnv1a32(words.slice(i, i + RUN_WORDS).join(' ')))) continue;
    let end = i + RUN_WORDS;
    while (end < words.length && fingerprint.has(fnv1a32(words.slice(end - RUN_WORDS + 1, end + 1).join(' ')))) end++;
    return words.slice(i, end).join(' ');
  }
  return undefined;
}
