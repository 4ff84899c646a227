import { collectDeckCitations, formatBibliographyEntry, formatParagraphs } from '../../../src-shared/sources';
import type { Deck } from '../../../src-shared/deck';

/** Props of {@link SourcesForm}: the sources slide has no content of its own; it lists the deck's citations. */
export interface SourcesFormProps {
  deck: Deck;
}

/**
 * The sources layout: explains that the slide is generated from the deck's citations at render time, and lists
 * what it will show now (each cited source with the paragraphs cited, hidden slides left out).
 */
export function SourcesForm({ deck }: SourcesFormProps) {
  const used = collectDeckCitations(deck);
  return (
    <section className="bd-section" aria-label="Sources slide">
      <p className="bd-hint">
        This slide is generated from the citations on the other slides: each cited source, with the paragraphs cited. Add
        citations on the slides themselves.
      </p>
      {used.length === 0 ? (
        <p className="bd-warning" role="note">
          <span aria-hidden="true">⚠</span> No slide cites a source yet, so this slide will be empty.
        </p>
      ) : (
        <ol className="bd-sources-preview">
          {used.map((u) => {
            const source = deck.sources.find((s) => s.id === u.sourceId);
            return (
              <li key={u.sourceId}>
                {source ? formatBibliographyEntry(source) : u.sourceId} <span className="bd-muted">{formatParagraphs(u.paragraphs)}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
