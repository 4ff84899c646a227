import type { Deck } from '../../deck';
import { escapeHtml } from './escapeHtml';

/**
 * The reveal.js wrapper around a deck's slides, built here only (exports, print thumbnails, gallery thumbnails):
 * `<div class="reveal bd-deck bd-theme-<theme>" dir lang>[background]<div class="slides">…sections…</div></div>`.
 * `slidesHtml` and `background` are markup already escaped by the renderer; the deck's theme and language are
 * escaped here. `dir` is 'rtl' or 'ltr', nothing else.
 */
export function deckWrapperHtml(deck: Pick<Deck, 'theme' | 'direction' | 'language'>, slidesHtml: string, background = ''): string {
  const dir = deck.direction === 'rtl' ? 'rtl' : 'ltr';
  return `<div class="reveal bd-deck bd-theme-${escapeHtml(deck.theme)}" dir="${dir}" lang="${escapeHtml(deck.language)}">${background}<div class="slides">${slidesHtml}</div></div>`;
}
