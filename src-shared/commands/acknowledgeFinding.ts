import { type Acknowledgement, tradecraftOf } from '../deck';
import { defineCommand } from './command';

/** Most acknowledgements a deck holds (deck format 2, TradecraftSettingsSchema). */
export const MAX_ACKNOWLEDGEMENTS = 2000;

/** Where a finding is, as an acknowledgement names it: rule id, slide id ("" for the deck) and field path. */
export type FindingKey = Pick<Acknowledgement, 'rule' | 'slideId' | 'field'>;

/** True when `ack` is the acknowledgement of the finding at `key` (checkDeck matches on the same three fields). */
export function acknowledges(ack: FindingKey, key: FindingKey): boolean {
  return ack.rule === key.rule && ack.slideId === key.slideId && ack.field === key.field;
}

/**
 * Acknowledges a tradecraft finding with a reason a reviewer can read, in `deck.tradecraft.acknowledgements`; an
 * earlier acknowledgement of the same finding is replaced. `date` (ISO 8601) and `by` come from the caller, so the
 * command stays pure. The finding stays listed, marked acknowledged (checkDeck). Throws on an empty reason (a
 * finding is never switched off silently) or when the deck already holds {@link MAX_ACKNOWLEDGEMENTS}.
 */
export const acknowledgeFinding = defineCommand<FindingKey & { reason: string; by?: string; date?: string }>({
  name: 'acknowledgeFinding',
  label: 'Acknowledge finding',
  perform(deck, { rule, slideId, field, reason, by = '', date = '' }) {
    const text = reason.trim();
    if (text === '') throw new Error('An acknowledgement needs a reason.');
    const settings = tradecraftOf(deck);
    const others = settings.acknowledgements.filter((a) => !acknowledges(a, { rule, slideId, field }));
    if (others.length >= MAX_ACKNOWLEDGEMENTS) throw new Error(`A deck holds at most ${MAX_ACKNOWLEDGEMENTS} acknowledgements.`);
    const ack: Acknowledgement = { rule, slideId, field, reason: text, by, date };
    return { ...deck, tradecraft: { ...settings, acknowledgements: [...others, ack] } };
  },
});
