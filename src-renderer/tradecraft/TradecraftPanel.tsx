import { useState } from 'react';
import { acknowledgeFinding, unacknowledgeFinding } from '../../src-shared/commands';
import type { Finding } from '../../src-shared/tradecraft';
import { editorStore, useEditor, type DeckCommand } from '../store';
import { AcknowledgeDialog } from './AcknowledgeDialog';
import { groupFindings } from './findingGroups';
import { useFindings } from './findingsStore';
import { focusFinding } from './focusFinding';
import './tradecraft.css';
import { PanelHead } from '../app/panes/PanelHead';

/** Runs a command through the store; a thrown error goes to the alert region (the deck is unchanged). */
function dispatch<A>(command: DeckCommand<A>, args: A): void {
  try {
    editorStore.getState().dispatch(command, args);
  } catch (err) {
    editorStore.getState().showAlert('error', err instanceof Error ? err.message : String(err));
  }
}

/** Today as an ISO 8601 date (YYYY-MM-DD), in local time: the acknowledgement's date. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function FindingItem({ finding, onAcknowledge }: { finding: Finding; onAcknowledge(f: Finding): void }) {
  const ack = finding.acknowledged;
  const key = { rule: finding.rule, slideId: finding.slideId, field: finding.field };
  return (
    <li className={`tc-finding tc-${finding.severity}${ack ? ' tc-acked' : ''}`} data-rule={finding.rule} data-field={finding.field || undefined}>
      <div className="tc-head">
        <span className="tc-severity">{finding.severity === 'error' ? 'Error' : 'Warning'}</span>
        <code className="tc-rule">{finding.rule}</code>
        {ack ? <span className="tc-ack-badge">Acknowledged</span> : null}
      </div>
      <button type="button" className="tc-jump" onClick={() => focusFinding(finding)} title={finding.slideId ? 'Go to the field' : 'Open the deck settings'}>
        {finding.message}
      </button>
      <p className="tc-why">
        {finding.why} <cite>{finding.source}</cite>
      </p>
      {ack ? (
        <p className="tc-ack">
          <span>
            Reason: “{ack.reason}”{ack.by || ack.date ? ` (${[ack.by, ack.date].filter(Boolean).join(', ')})` : ''}
          </span>
          <button type="button" className="bd-btn" onClick={() => dispatch(unacknowledgeFinding, key)}>
            Withdraw
          </button>
        </p>
      ) : finding.severity === 'error' ? (
        // A marking error cannot be acknowledged (checkDeck ignores it): the portion has to be marked.
        <p className="tc-ack">Fix it to export: marking errors cannot be acknowledged.</p>
      ) : (
        <button type="button" className="bd-btn tc-ack-button" onClick={() => onAcknowledge(finding)}>
          Acknowledge…
        </button>
      )}
    </li>
  );
}

/**
 * The Tradecraft panel: the findings of the tradecraft checks (estimative language, sourcing, source stance, copied
 * runs, marking), grouped by slide, each with its rule, severity, message, why and the rule's source. A click on the
 * message jumps to the slide and focuses the field; a finding can be acknowledged with a reason (saved in the deck,
 * one undo step) and the acknowledgement withdrawn.
 */
export function TradecraftPanel() {
  const deck = useEditor((s) => s.deck);
  const findings = useFindings();
  const [acknowledging, setAcknowledging] = useState<Finding | null>(null);
  if (!deck) return null;
  const open = findings.filter((f) => !f.acknowledged).length;
  const groups = groupFindings(deck, findings);
  return (
    <section className="pane tc-panel" aria-labelledby="tc-title">
      <PanelHead id="tc-title" name="Tradecraft" panel="tradecraft" />
      <div className="pane-body tc-body">
        <p className="tc-summary" role="status">
          {findings.length === 0 ? 'No findings.' : `${open} open, ${findings.length - open} acknowledged.`}
        </p>
        {groups.map((g) => (
          <section key={g.key} className="tc-group" aria-label={g.heading}>
            <h3>{g.heading}</h3>
            <ul className="tc-list">
              {g.findings.map((f, i) => (
                <FindingItem key={`${f.rule}|${f.field}|${i}`} finding={f} onAcknowledge={setAcknowledging} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {acknowledging ? (
        <AcknowledgeDialog
          finding={acknowledging}
          onClose={() => setAcknowledging(null)}
          onAcknowledge={(reason) => {
            dispatch(acknowledgeFinding, { rule: acknowledging.rule, slideId: acknowledging.slideId, field: acknowledging.field, reason, by: deck.author, date: today() });
            setAcknowledging(null);
          }}
        />
      ) : null}
    </section>
  );
}
