import type { Source } from '../../../src-shared/deck';
import type { ArgumentMap } from '../../../src-shared/sources';

/**
 * The deck `Source` record of an argument map's source (id, title, authors, publisher, date, url; the paragraph
 * summaries stay in the map), to add to `deck.sources` when a citation from that map is first used.
 */
export function deckSourceOf(map: ArgumentMap): Source {
  const { id, title, authors, publisher, date, url } = map.source;
  return { id, title, authors: [...authors], publisher, date, url };
}
