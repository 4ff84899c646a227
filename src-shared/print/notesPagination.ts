/**
 * Splits speaker notes into pieces that each fit one text box, by estimating line wraps, so that a notes page never
 * clips its text and the page count is known before printing. Widths are estimated with a conservative average glyph
 * advance (`charEm` em per character; Noto Sans and Vazirmatn average about 0.5 em for running text, 0.55 is used),
 * so a piece rarely fills its box; the print script checks the real layout and reports any overflow.
 */
export interface TextBox {
  /** Box width and height in CSS px. */
  widthPx: number;
  heightPx: number;
  /** Font size in px and line height as a multiple of it. */
  fontPx: number;
  lineHeight: number;
  /** Space after a paragraph, in lines. Default 0.6. */
  paragraphGapLines?: number;
  /** Average advance of one character, in em. Default 0.55. */
  charEm?: number;
}

/** Paragraphs at blank lines (single newlines kept inside), trimmed, empty ones dropped. */
export function notesParagraphs(notes: string): string[] {
  return notes.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
}

/** Characters per line and lines per box for a text box. */
export function boxCapacity(box: TextBox): { charsPerLine: number; lines: number } {
  const charsPerLine = Math.max(8, Math.floor(box.widthPx / (box.fontPx * (box.charEm ?? 0.55))));
  const lines = Math.max(1, Math.floor(box.heightPx / (box.fontPx * box.lineHeight)));
  return { charsPerLine, lines };
}

/** Greedy word wrap of one paragraph line (no newlines) into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Splits `notes` into pieces (each a list of paragraphs) that fit `box` (the first piece may have a smaller box:
 * `firstBoxLines` lines). A paragraph longer than the space left is split between pieces at a line boundary.
 * Returns [] for empty notes. Words are never lost or reordered: joining the pieces gives the notes' words in order.
 */
export function paginateNotes(notes: string, box: TextBox, firstBoxLines?: number): string[][] {
  const { charsPerLine, lines: perBox } = boxCapacity(box);
  const gap = box.paragraphGapLines ?? 0.6;
  const pieces: string[][] = [];
  let piece: string[] = [];
  let capacity = firstBoxLines ?? perBox;
  let used = 0;
  const flush = () => {
    pieces.push(piece);
    piece = [];
    used = 0;
    capacity = perBox;
  };
  for (const paragraph of notesParagraphs(notes)) {
    // Keep single newlines: each source line wraps on its own.
    let rows = paragraph.split('\n').flatMap((l) => wrap(l, charsPerLine).map((r, i) => (i === 0 ? { r, nl: true } : { r, nl: false })));
    if (piece.length > 0 && used + gap + 1 > capacity) flush();
    if (piece.length > 0) used += gap;
    while (rows.length > 0) {
      const room = Math.max(0, Math.floor(capacity - used));
      if (room === 0) {
        flush();
        continue;
      }
      const take = rows.slice(0, room);
      rows = rows.slice(room);
      piece.push(take.map((t, i) => (i > 0 && t.nl ? `\n${t.r}` : i > 0 ? ` ${t.r}` : t.r)).join(''));
      used += take.length;
      if (rows.length > 0) flush();
    }
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}
