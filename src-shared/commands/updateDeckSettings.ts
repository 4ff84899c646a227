import type { Deck } from '../deck';
import { defineCommand } from './command';

/**
 * Deck-wide settings; `classification` and `pacing` merge with the current values (a `pacing` field given as
 * `undefined` is cleared).
 */
export interface DeckSettingsPatch {
  title?: string;
  subtitle?: string;
  author?: string;
  /** ISO 8601 date (YYYY-MM-DD). */
  date?: string;
  classification?: Partial<Deck['classification']>;
  theme?: Deck['theme'];
  /** BCP 47 tag, e.g. "en", "tr", "fa". */
  language?: string;
  direction?: Deck['direction'];
  pacing?: Partial<NonNullable<Deck['pacing']>>;
}

const SCALARS = ['title', 'subtitle', 'author', 'date', 'theme', 'language', 'direction'] as const;

/** Changes deck settings (title, author, date, classification banner, theme, language, direction, pacing). */
export const updateDeckSettings = defineCommand<{ patch: DeckSettingsPatch }>({
  name: 'updateDeckSettings',
  label: 'Edit deck settings',
  perform(deck, { patch }) {
    const next: Record<string, unknown> = {};
    for (const key of SCALARS) if (patch[key] !== undefined && patch[key] !== deck[key]) next[key] = patch[key];
    if (patch.classification) {
      const merged = { ...deck.classification, ...patch.classification };
      if (merged.text !== deck.classification.text || merged.level !== deck.classification.level) next.classification = merged;
    }
    if (patch.pacing) {
      // A field set to undefined clears it (the settings dialog's empty field), rather than storing `undefined`.
      const merged = Object.fromEntries(Object.entries({ ...deck.pacing, ...patch.pacing }).filter(([, v]) => v !== undefined));
      if (merged.targetMinutes !== deck.pacing?.targetMinutes || merged.perSlideSeconds !== deck.pacing?.perSlideSeconds) next.pacing = merged;
    }
    return Object.keys(next).length === 0 ? deck : ({ ...deck, ...next } as Deck);
  },
});
