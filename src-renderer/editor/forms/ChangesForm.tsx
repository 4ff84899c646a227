import type { Deck } from '../../../src-shared/deck';
import { whatChanged } from '../../../src-shared/versions';

/** Props of {@link ChangesForm}: the "what changed" slide has no content of its own; it reads the deck's versions. */
export interface ChangesFormProps {
  deck: Deck;
}

/**
 * The "what changed" layout: explains that the slide is generated from the last issued version (the judgments that
 * moved since the version before, with the reasons given, and the sources added or dropped) and says what it shows now.
 */
export function ChangesForm({ deck }: ChangesFormProps) {
  const w = whatChanged(deck);
  return (
    <section className="bd-section" aria-label="What changed slide">
      <p className="bd-hint">
        This slide is generated when a version is issued (File ▸ Issue version…): each judgment that moved since the version
        before, from what to what and why, and the sources added or dropped.
      </p>
      <p className="bd-muted" role="note">
        {w.empty ?? `${w.caption}: ${w.judgments.length} judgment${w.judgments.length === 1 ? '' : 's'} moved, ${w.sourcesAdded.length} source${w.sourcesAdded.length === 1 ? '' : 's'} added, ${w.sourcesDropped.length} dropped.`}
      </p>
    </section>
  );
}
