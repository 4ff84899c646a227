/** The words of a search box: lower-cased, split on white space, empty ones dropped. */
export function searchWords(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** True when `text` contains every one of `words` (case-insensitive, anywhere); no words matches everything. */
export function matchesAll(text: string, words: readonly string[]): boolean {
  const t = text.toLocaleLowerCase();
  return words.every((w) => t.includes(w));
}

/** A piece of a paragraph's text, marked when it matches a search word. */
export interface TextPiece {
  text: string;
  match: boolean;
}

/**
 * `text` cut into pieces for highlighting: every occurrence of any of `words` (case-insensitive; overlapping ones
 * joined) is a matched piece, the rest unmatched. The pieces joined give `text` back.
 */
export function highlightPieces(text: string, words: readonly string[]): TextPiece[] {
  const lower = text.toLocaleLowerCase();
  const marks = new Array<boolean>(text.length).fill(false);
  for (const w of words) {
    for (let at = lower.indexOf(w); at >= 0 && w.length > 0; at = lower.indexOf(w, at + 1)) marks.fill(true, at, at + w.length);
  }
  const pieces: TextPiece[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marks[j] === marks[i]) j++;
    pieces.push({ text: text.slice(i, j), match: marks[i] });
    i = j;
  }
  return pieces;
}
