import { useState } from 'react';
import { pacingStatus, type DeckNavigation, type PresentationState } from '../../src-shared/present';
import { dispatchPresentation } from './presentCommands';
import { formatDuration } from './useClock';

const parse = (text: string): number | undefined => {
  const n = Number.parseFloat(text);
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

/**
 * Pacing: a target for the whole deck (minutes) or a time per slide (seconds), and whether the speaker is ahead of
 * or behind that schedule (src-shared/present/pacing.ts). The fields apply when they lose focus (Enter or Esc leaves them).
 */
export function PacingPanel({ state, nav, now }: { state: PresentationState; nav: DeckNavigation; now: number }) {
  const [minutes, setMinutes] = useState(state.pacing.targetMinutes?.toString() ?? '');
  const [seconds, setSeconds] = useState(state.pacing.perSlideSeconds?.toString() ?? '');
  const pacing = pacingStatus(state, now, nav);
  const apply = () => dispatchPresentation({ type: 'pacing', targetMinutes: parse(minutes), perSlideSeconds: parse(seconds) });
  // Enter or Esc leaves the field (which applies it on blur), so the presenting keys work again at once.
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => (e.key === 'Enter' || e.key === 'Escape') && e.currentTarget.blur();
  const text =
    pacing.status === 'none' ? 'No pacing target'
      : pacing.status === 'on-time' ? 'On time'
        : pacing.status === 'ahead' ? `Ahead by ${formatDuration(pacing.aheadBySeconds * 1000)}`
          : `Behind by ${formatDuration(pacing.behindBySeconds * 1000)}`;
  return (
    <section className="pv-pacing" aria-label="Pacing">
      <div className={`pv-pacing-status pv-${pacing.status}`} data-testid="pacing" data-status={pacing.status} role="status">
        {text}
        {pacing.status !== 'none' && (
          <span className="pv-pacing-detail"> · schedule at slide {pacing.expectedSlide + 1} · {formatDuration(pacing.remainingSeconds * 1000)} left</span>
        )}
      </div>
      <div className="pv-pacing-fields">
        <label>
          Target (min)
          <input type="number" min="0" step="1" inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} onBlur={apply} onKeyDown={onKeyDown} />
        </label>
        <label>
          or per slide (s)
          <input type="number" min="0" step="5" inputMode="numeric" value={seconds} onChange={(e) => setSeconds(e.target.value)} onBlur={apply} onKeyDown={onKeyDown} />
        </label>
      </div>
    </section>
  );
}
