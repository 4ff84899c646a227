import type { Brand, Deck } from '../deck';
import { defineCommand } from './command';

/**
 * Applies a theme (a `.briefdeck-theme` file read and checked by the caller): the deck takes the file's base theme
 * and its brand (colours, fonts, logo, title-slide style). `brand` undefined removes the brand and keeps the theme.
 */
export const applyTheme = defineCommand<{ base: Deck['theme']; brand: Brand | undefined }>({
  name: 'applyTheme',
  label: 'Apply theme',
  perform(deck, { base, brand }) {
    if (brand === undefined) {
      if (deck.brand === undefined && deck.theme === base) return deck;
      const next: Deck = { ...deck, theme: base };
      delete next.brand;
      return next;
    }
    return { ...deck, theme: base, brand };
  },
});
