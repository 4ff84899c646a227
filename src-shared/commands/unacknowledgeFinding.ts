import { tradecraftOf } from '../deck';
import { acknowledges, type FindingKey } from './acknowledgeFinding';
import { defineCommand } from './command';

/**
 * Withdraws the acknowledgement of a tradecraft finding (by rule id, slide id and field path), so the finding counts
 * again. The input deck is returned when the finding was not acknowledged.
 */
export const unacknowledgeFinding = defineCommand<FindingKey>({
  name: 'unacknowledgeFinding',
  label: 'Withdraw acknowledgement',
  perform(deck, key) {
    const settings = tradecraftOf(deck);
    const kept = settings.acknowledgements.filter((a) => !acknowledges(a, key));
    if (kept.length === settings.acknowledgements.length) return deck;
    return { ...deck, tradecraft: { ...settings, acknowledgements: kept } };
  },
});
