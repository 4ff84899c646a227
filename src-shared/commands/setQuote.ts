import { defineCommand } from './command';
import { updateSlideOfLayout } from './slideAccess';

/** Sets a quote slide's quote and/or attribution. */
export const setQuote = defineCommand<{ slideId: string; quote?: string; attribution?: string }>({
  name: 'setQuote',
  label: 'Edit quote',
  perform(deck, { slideId, quote, attribution }) {
    return updateSlideOfLayout(deck, slideId, ['quote'], (s) => {
      const q = quote ?? s.quote;
      const a = attribution ?? s.attribution;
      return q === s.quote && a === s.attribution ? s : { ...s, quote: q, attribution: a };
    });
  },
});
