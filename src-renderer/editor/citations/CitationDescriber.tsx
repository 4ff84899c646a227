import { createContext, useContext } from 'react';
import type { Citation } from '../../../src-shared/deck';
import { findCitableItem, formatParagraphs, type ArgumentMap } from '../../../src-shared/sources';

/**
 * What a citation chip's tooltip says: the cited claim or fact in the argument map's words, or the one-line summary
 * of each cited paragraph. Provided by the slide editor from the loaded argument maps.
 */
export const CitationDescriberContext = createContext<(c: Citation) => string | undefined>(() => undefined);

/** The describer used by citation chips. */
export function useCitationDescriber(): (c: Citation) => string | undefined {
  return useContext(CitationDescriberContext);
}

/** A describer over `maps`: "Claim: …" / "Fact: …" by `claimId`, else "¶n: summary" lines for the paragraphs. */
export function describerFor(maps: readonly ArgumentMap[]): (c: Citation) => string | undefined {
  return (c) => {
    if (c.claimId) {
      const item = findCitableItem(maps, c.claimId);
      if (item) return `${item.kind[0].toUpperCase()}${item.kind.slice(1)}: ${item.text} (${formatParagraphs(item.paragraphs)})`;
    }
    const map = maps.find((m) => m.source.id === c.sourceId);
    if (!map) return undefined;
    const lines = c.paragraphs.map((n) => map.source.paragraphs.find((p) => p.n === n)).filter((p) => p !== undefined);
    return lines.length ? lines.map((p) => `¶${p.n}: ${p.summary}`).join('\n') : undefined;
  };
}
