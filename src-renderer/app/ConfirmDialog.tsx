import { useEffect, useRef } from 'react';
import { answer, usePendingDialog } from './confirm';

/** The page's modal dialog (role="alertdialog"), focus on the primary button, Escape = cancel. */
export function ConfirmDialog() {
  const request = usePendingDialog();
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (request) primary.current?.focus();
  }, [request]);
  if (!request) return null;
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-message"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            answer(request.cancelValue);
          }
        }}
      >
        <h2 id="confirm-title">{request.title}</h2>
        <p id="confirm-message">{request.message}</p>
        <div className="buttons">
          {request.buttons.map((b) => (
            <button key={b.value} type="button" className={b.primary ? 'btn primary' : 'btn'} ref={b.primary ? primary : undefined} onClick={() => answer(b.value)}>
              {b.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
