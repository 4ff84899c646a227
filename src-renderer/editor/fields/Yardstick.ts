import { createContext, useContext } from 'react';
import type { YardstickId } from '../../../src-shared/deck';

/** The deck's estimative-language yardstick (deck.tradecraft.yardstick), for the likelihood selects of its forms. */
export const YardstickContext = createContext<YardstickId>('icd203');

/** The yardstick of the deck being edited. */
export function useYardstick(): YardstickId {
  return useContext(YardstickContext);
}
