import { useEffect } from 'react';
import { AudienceView } from './AudienceView';
import { PresenterView } from './PresenterView';
import type { PresentRole } from './route';
import { usePresentation } from './usePresentation';
import { usePresentKeys } from './usePresentKeys';
import './present.css';

/**
 * A presenting window (`#/present/audience` or `#/present/presenter`), loaded lazily by the renderer's entry. Both
 * render the one presentation state held in main and send every key through the same key map.
 */
export default function PresentApp({ role }: { role: PresentRole }) {
  const { deck, status, error } = usePresentation();
  const state = status?.active ? status.state : null;
  const { onFrameKey, digits } = usePresentKeys(deck?.direction ?? 'ltr');

  useEffect(() => {
    document.documentElement.classList.add('presenting', `presenting-${role}`);
    document.title = `${role === 'audience' ? 'Presentation' : 'Presenter view'}${deck ? ` — ${deck.title}` : ''}`;
  }, [role, deck]);

  if (error) return <p className="present-message" role="alert">{error}</p>;
  if (!deck || !state) return <p className="present-message">{status && !status.active ? 'The presentation has ended.' : 'Loading…'}</p>;
  return role === 'audience' ? (
    <AudienceView deck={deck} state={state} onKey={onFrameKey} />
  ) : (
    <PresenterView deck={deck} state={state} onKey={onFrameKey} digits={digits} />
  );
}
