import type { Deck } from '../deck';
import type { PreflightIssue } from '../export/preflightIssue';
import { findSlideLinks } from './slideLinks';

function quoted(text: string): string {
  const t = text.trim() || '(no text)';
  return `“${t.length > 50 ? `${t.slice(0, 47)}…` : t}”`;
}

/**
 * The pre-export findings for the slide links written in one slide's `texts` (its printed strings, and its notes
 * when they are exported), kind `slide-link`:
 * - error: a link to a slide id that is not in the deck (deleted, or a typing slip), naming the link text;
 * - warning: a link to a slide that exists but is not in this export (hidden): it is printed as plain text.
 * `name` is the slide's name as findings show it ("Slide 3 “Context”"); `exported` holds the ids of the exported slides.
 */
export function slideLinkIssues(deck: Deck, slideIndex: number, name: string, texts: readonly string[], exported: ReadonlySet<string>): PreflightIssue[] {
  const ids = new Set(deck.slides.map((s) => s.id));
  const issues: PreflightIssue[] = [];
  for (const link of texts.flatMap(findSlideLinks)) {
    if (!ids.has(link.slideId)) {
      issues.push({ kind: 'slide-link', severity: 'error', slideIndex, message: `${name}: the link ${quoted(link.text)} goes to a slide that is not in the deck (id “${link.slideId}”); pick its slide again or remove the link.` });
    } else if (!exported.has(link.slideId)) {
      issues.push({ kind: 'slide-link', severity: 'warning', slideIndex, message: `${name}: the link ${quoted(link.text)} goes to a hidden slide left out of this export; it is shown as plain text.` });
    }
  }
  return issues;
}
