import { markingOf, tradecraftOf, type AuthorityBlock, type Deck, type MarkingScheme, type YardstickId } from '../deck';
import { defineCommand } from './command';

/**
 * Deck-wide settings; `classification`, `pacing`, `tradecraft` and `marking` merge with the current values (a
 * `pacing` field given as `undefined` is cleared). `tradecraft` sets the yardstick and the mixed-terms note (the
 * acknowledgements are kept; see acknowledgeFinding); `marking` sets the scheme and the authority block fields.
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
  tradecraft?: { yardstick?: YardstickId; mixedTermsNote?: string };
  marking?: { scheme?: MarkingScheme; authority?: Partial<AuthorityBlock> };
}

const AUTHORITY_KEYS = ['classifiedBy', 'derivedFrom', 'declassifyOn'] as const;

/** The deck's tradecraft settings with `patch` applied, or undefined when nothing changes. */
function nextTradecraft(deck: Deck, patch: NonNullable<DeckSettingsPatch['tradecraft']>): Deck['tradecraft'] | undefined {
  const current = tradecraftOf(deck);
  const merged = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  return merged.yardstick === current.yardstick && merged.mixedTermsNote === current.mixedTermsNote ? undefined : merged;
}

/** The deck's marking with `patch` applied, or undefined when nothing changes. An all-empty authority block is dropped. */
function nextMarking(deck: Deck, patch: NonNullable<DeckSettingsPatch['marking']>): Deck['marking'] | undefined {
  const current = markingOf(deck);
  const scheme = patch.scheme ?? current.scheme;
  const authority = { classifiedBy: '', derivedFrom: '', declassifyOn: '', ...current.authority, ...patch.authority };
  const sameAuthority = AUTHORITY_KEYS.every((k) => authority[k] === (current.authority?.[k] ?? ''));
  if (scheme === current.scheme && sameAuthority) return undefined;
  const { authority: _old, ...rest } = current;
  return AUTHORITY_KEYS.some((k) => authority[k].trim() !== '') ? { ...rest, scheme, authority } : { ...rest, scheme };
}

const SCALARS = ['title', 'subtitle', 'author', 'date', 'theme', 'language', 'direction'] as const;

/**
 * Changes deck settings (title, author, date, classification banner, theme, language, direction, pacing, the
 * estimative-language yardstick and mixed-terms note, the marking scheme and authority block) as one step.
 */
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
    if (patch.tradecraft) {
      const tradecraft = nextTradecraft(deck, patch.tradecraft);
      if (tradecraft) next.tradecraft = tradecraft;
    }
    if (patch.marking) {
      const marking = nextMarking(deck, patch.marking);
      if (marking) next.marking = marking;
    }
    return Object.keys(next).length === 0 ? deck : ({ ...deck, ...next } as Deck);
  },
});
