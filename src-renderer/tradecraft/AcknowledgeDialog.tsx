import { useState } from 'react';
import type { Finding } from '../../src-shared/tradecraft';
import { Dialog } from '../editor/fields/Dialog';
import { TextAreaField } from '../editor/fields/TextAreaField';

/** Props of {@link AcknowledgeDialog}. */
export interface AcknowledgeDialogProps {
  finding: Finding;
  /** Called with the trimmed reason (never empty). */
  onAcknowledge(reason: string): void;
  onClose(): void;
}

/**
 * Asks for the reason a finding is acknowledged (saved in the deck for a reviewer to read; nothing is switched off
 * silently). The Acknowledge button stays disabled until a reason is typed.
 */
export function AcknowledgeDialog({ finding, onAcknowledge, onClose }: AcknowledgeDialogProps) {
  const [reason, setReason] = useState(finding.acknowledged?.reason ?? '');
  const text = reason.trim();
  return (
    <Dialog title="Acknowledge finding" onClose={onClose} className="tc-ack-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text !== '') onAcknowledge(text);
        }}
      >
        <p className="bd-hint">{finding.message}</p>
        <p className="bd-hint">
          {finding.why} <cite>{finding.source}</cite>
        </p>
        <TextAreaField label="Reason" name="reason" rows={3} maxLength={1000} placeholder="Why this finding stands, for the reviewer" value={reason} onChange={setReason} />
        <div className="bd-dialog-actions">
          <button type="button" className="bd-btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="bd-btn bd-btn-primary" disabled={text === ''}>
            Acknowledge
          </button>
        </div>
      </form>
    </Dialog>
  );
}
