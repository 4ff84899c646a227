import type { Deck } from '../../src-shared/deck';
import type { Finding } from '../../src-shared/tradecraft';

/** Findings of one slide (or of the whole deck: `slideIndex` null), for the panel's headings. */
export interface FindingGroup {
  key: string;
  /** "Whole deck", or "Slide 3: Context" (1-based). */
  heading: string;
  slideIndex: number | null;
  findings: Finding[];
}

/** Groups findings by slide, in the order checkDeck sorts them (deck-wide first, then by slide). */
export function groupFindings(deck: Pick<Deck, 'slides'>, findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const f of findings) {
    const key = f.slideIndex === null ? 'deck' : `slide:${f.slideId}`;
    let group = groups.find((g) => g.key === key);
    if (!group) {
      const title = f.slideIndex === null ? '' : (deck.slides[f.slideIndex]?.title.trim() ?? '');
      const heading = f.slideIndex === null ? 'Whole deck' : `Slide ${f.slideIndex + 1}${title ? `: ${title}` : ''}`;
      group = { key, heading, slideIndex: f.slideIndex, findings: [] };
      groups.push(group);
    }
    group.findings.push(f);
  }
  return groups;
}
