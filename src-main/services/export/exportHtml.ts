import type { Deck } from '../../../src-shared/deck';
import { buildDeckDocument } from '../../../src-shared/render';
import { loadDeckAssets } from './deckAssets';

/**
 * Options shared by the HTML and PDF exports.
 * - `includeHidden`: also export hidden (backup) slides. Default false.
 * - `audience`: an audience copy: no speaker notes anywhere (markup, text, metadata). Default false.
 */
export interface ExportOptions {
  includeHidden?: boolean;
  audience?: boolean;
}

/**
 * The deck as one self-contained HTML file (UTF-8 text): reveal.js, CSS and fonts inlined, a restrictive CSP, and the
 * speaker view (S key) working from file:// with zero requests. Pure with respect to the deck (never modifies it).
 */
export function exportHtml(deck: Deck, options: ExportOptions = {}): string {
  return buildDeckDocument(deck, {
    mode: 'present',
    assets: loadDeckAssets(deck.theme, true),
    includeHidden: options.includeHidden === true,
    includeNotes: options.audience !== true,
  });
}
