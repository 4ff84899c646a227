import { useEditor, editorStore } from '../store';

/**
 * The page's message line. Errors use role="alert" (announced at once), other messages role="status". The region
 * itself is always in the DOM so that screen readers pick up new messages.
 */
export function AlertRegion() {
  const alert = useEditor((s) => s.alert);
  return (
    <div aria-live="polite">
      {alert && (
        <div className={`alert ${alert.kind}`} role={alert.kind === 'error' ? 'alert' : 'status'} data-testid="alert">
          <span className="msg">{alert.message}</span>
          <button type="button" className="icon-btn" onClick={() => editorStore.getState().dismissAlert(alert.id)} aria-label="Dismiss message">
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
