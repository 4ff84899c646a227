import { useEffect, useId, useRef, type ReactNode } from 'react';

/** Props of {@link Dialog}. */
export interface DialogProps {
  /** Heading text; also the dialog's accessible name (aria-labelledby). */
  title: string;
  /** Called when the user dismisses the dialog (Escape, the close button, or a Cancel action). */
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal dialog on the native `<dialog>` element: `showModal()` makes the rest of the page inert, traps focus and
 * closes on Escape (HTML Living Standard, "the dialog element"). Mount it to open it; unmount it to close it. Where
 * `showModal` is missing (jsdom), it falls back to the `open` attribute.
 */
export function Dialog({ title, onClose, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
    } else dialog.setAttribute('open', '');
    const onCancel = (e: Event) => {
      e.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} className={`bd-dialog ${className ?? ''}`} aria-labelledby={headingId}>
      <div className="bd-dialog-body">
        <h2 id={headingId}>{title}</h2>
        {children}
      </div>
    </dialog>
  );
}
