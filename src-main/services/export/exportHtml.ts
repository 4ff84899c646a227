import type { Deck } from '../../../src-shared/deck';
import type { SlideChoice } from '../../../src-shared/export';
import { buildDeckDocument, deckFontTheme } from '../../../src-shared/render';
import { loadDeckAssets } from './assets/deckAssets';


/**
 * The deck as one self-contained HTML file (UTF-8 text): reveal.js, CSS and fonts inlined, a restrictive CSP, and the
 * speaker view (S key) working from file:// with zero requests. An audience copy has no notes plugin at all, so S
 * opens nothing (a speaker view with no notes would be empty). Pure with respect to the deck (never modifies it).
 */
export function exportHtml(deck: Deck, options: SlideChoice = {}): string {
  return buildDeckDocument(deck, {
    mode: 'present',
    assets: loadDeckAssets(deckFontTheme(deck), options.audience !== true),
    includeHidden: options.includeHidden === true,
    includeNotes: options.audience !== true,
  });
}
