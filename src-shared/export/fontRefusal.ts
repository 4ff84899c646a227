import type { Deck } from '../deck';
import type { ExportOptions } from './exportOptions';
import { uncoveredCharacterIssues, type PreflightIssue } from './preflightChecks';

/**
 * The findings that refuse a PDF export: characters that no bundled font has (Japanese, Chinese or Korean text, for
 * one), which Chromium would print in whatever face the machine has, or as empty boxes, with the PDF's fonts no
 * longer the deck's. Only a PDF is refused: an HTML, PPTX or Markdown file leaves the face to the reader's machine,
 * and the finding stays a warning there. Empty when the export may go ahead. Pure.
 */
export function uncoveredCharacterBlockers(deck: Deck, options: ExportOptions): PreflightIssue[] {
  if (options.format !== 'pdf') return [];
  return uncoveredCharacterIssues(deck, options);
}

/**
 * One line that says why a PDF export is refused, naming each slide and its characters (the first eight slides,
 * then a count): "export refused: no bundled font has some characters, so the PDF would print them as empty
 * boxes: Slide 5 “Limits”: no bundled font has 東 (U+6771) …".
 */
export function uncoveredCharactersMessage(blockers: readonly PreflightIssue[]): string {
  const shown = blockers.slice(0, 8).map((b) => b.message.replace(/; they cannot be embedded as set\.$/, ''));
  const more = blockers.length > 8 ? `; and ${blockers.length - 8} more slides` : '';
  return `export refused: no bundled font has some characters, so the PDF would print them as empty boxes: ${shown.join('; ')}${more}. Replace them, or export HTML, PPTX or Markdown.`;
}
