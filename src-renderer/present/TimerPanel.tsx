import { elapsedAt, timerRunning, type PresentationState } from '../../src-shared/present';
import { dispatchPresentation } from './presentCommands';
import { formatDuration } from './useClock';

/** Elapsed presenting time with start / pause / reset, and the time of day. */
export function TimerPanel({ state, now, lang }: { state: PresentationState; now: number; lang: string }) {
  const running = timerRunning(state);
  const clock = new Date(now).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
  return (
    <section className="pv-timer" aria-label="Timer">
      <div>
        <div className="pv-label">Elapsed</div>
        <div className="pv-elapsed" data-testid="elapsed" aria-live="off">{formatDuration(elapsedAt(state, now))}</div>
      </div>
      <div className="pv-timer-buttons">
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => dispatchPresentation({ type: 'timer', op: running ? 'pause' : 'start' })}>
          {running ? 'Pause' : state.elapsedMs > 0 ? 'Resume' : 'Start'}
        </button>
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => dispatchPresentation({ type: 'timer', op: 'reset' })}>Reset</button>
      </div>
      <div>
        <div className="pv-label">Clock</div>
        <div className="pv-clock" data-testid="clock">{clock}</div>
      </div>
    </section>
  );
}
