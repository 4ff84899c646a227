import type { Deck } from '../deck';
import { exportedSlideIndexes } from '../print';
import type { ArgumentMap } from '../sources/argumentMap';
import { checkDeck, openFindings, type Finding } from '../tradecraft';
import type { ExportOptions } from './exportOptions';
import type { PreflightIssue } from './preflightChecks';

/** The unacknowledged tradecraft findings that concern an export: deck-wide ones and those on exported slides. */
export function exportFindings(deck: Deck, options: ExportOptions, argumentMaps: readonly ArgumentMap[]): Finding[] {
  const exported = new Set(exportedSlideIndexes(deck, options));
  return openFindings(checkDeck(deck, { argumentMaps })).filter((f) => f.slideIndex === null || exported.has(f.slideIndex));
}

/**
 * The tradecraft findings of an export as pre-export issues (kind `tradecraft`), with the rule, the field to jump to
 * and the rule's source in the message. Errors (a marked deck's unmarked portions, a banner below its portions, a
 * missing authority block) block the export: see exportBlockers.
 */
export function tradecraftIssues(findings: readonly Finding[]): PreflightIssue[] {
  return findings.map((f) => ({ kind: 'tradecraft', severity: f.severity, slideIndex: f.slideIndex, message: `${f.message} (${f.rule}; ${f.source})`, rule: f.rule, field: f.field }));
}

/** The findings that refuse an export: unacknowledged errors (see RULES' severities). */
export function exportBlockers(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/**
 * One line that says why an export is refused, naming each blocking finding (the first eight, then a count):
 * "Export refused: the deck is marked and 2 problems remain: Slide 2, bullet 1 has no portion marking (…); …".
 */
export function blockersMessage(blockers: readonly Finding[]): string {
  const shown = blockers.slice(0, 8).map((f) => f.message.replace(/\.$/, ''));
  const more = blockers.length > 8 ? `; and ${blockers.length - 8} more` : '';
  return `export refused: the deck is marked and ${blockers.length === 1 ? '1 marking problem remains' : `${blockers.length} marking problems remain`}: ${shown.join('; ')}${more}. Run briefdeck check, or see the Tradecraft panel.`;
}
