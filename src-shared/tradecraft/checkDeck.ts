import { tradecraftOf, type Deck } from '../deck';
import type { ArgumentMap } from '../sources/argumentMap';
import { estimativeChecks } from './estimativeChecks';
import type { Finding } from './finding';
import { markingChecks } from './markingChecks';
import { RULE_IDS } from './rules';
import { sourceChecks, sourceKnowledge } from './sourceChecks';
import { deckStatements } from './statements';
import { toDoChecks } from './toDoChecks';

/** What the checks read besides the deck: the argument maps of its sources (stances, fingerprints). */
export interface TradecraftContext {
  argumentMaps: readonly ArgumentMap[];
}

/**
 * Runs every tradecraft check on a deck: estimative language (ICD 203 or PHIA), sourcing and source stance
 * (ICD 203 §D.6.e(1)-(3), ICD 206), copied word runs, marking (ICD 710 / CAPCO, TLP 2.0), and the placeholders a
 * generated deck leaves to write (statement-to-do; the other checks skip a placeholder until it is written). Pure; never throws on a
 * valid deck. Findings come sorted by slide (deck-wide first), then rule order, and a warning carries its
 * acknowledgement when `deck.tradecraft.acknowledgements` has one for the same rule, slide id and field. An error (a
 * marking problem) cannot be acknowledged: an unmarked portion stays unmarked whatever the reason, so export refuses.
 */
export function checkDeck(deck: Deck, context: TradecraftContext): Finding[] {
  const settings = tradecraftOf(deck);
  const statements = deckStatements(deck);
  const known = sourceKnowledge(deck.sources, context.argumentMaps);
  const findings = [
    // A placeholder states nothing yet, so the estimative checks wait until it is written.
    ...estimativeChecks(statements.filter((s) => !s.todo), settings.yardstick, settings.mixedTermsNote),
    ...sourceChecks(deck, statements, known, settings.yardstick),
    ...markingChecks(deck),
    ...toDoChecks(statements),
  ];
  const withAcks = findings.map((f) => {
    if (f.severity === 'error') return f;
    const ack = settings.acknowledgements.find((a) => a.rule === f.rule && a.slideId === f.slideId && a.field === f.field);
    return ack ? { ...f, acknowledged: { reason: ack.reason, by: ack.by, date: ack.date } } : f;
  });
  return withAcks.sort((a, b) => (a.slideIndex ?? -1) - (b.slideIndex ?? -1) || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule));
}

/** The findings that still count: not acknowledged. A strict check fails on any of them; export refuses errors. */
export function openFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.acknowledged);
}

/** The findings that block an export: unacknowledged errors (marking problems in a marked deck). */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.acknowledged && f.severity === 'error');
}
