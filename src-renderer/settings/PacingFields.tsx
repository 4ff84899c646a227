import { useId } from 'react';
import type { Deck } from '../../src-shared/deck';

/** The deck's presenting pacing target as the settings dialog edits it. */
export type DeckPacing = NonNullable<Deck['pacing']>;

/** The two pacing fields as typed (text, so a half-typed number is not lost). */
export interface PacingDraft {
  minutes: string;
  seconds: string;
}

/** Upper bounds of `PacingSchema` (src-shared/deck/deck.ts): a day, in minutes and in seconds. */
const MAX_MINUTES = 24 * 60;
const MAX_SECONDS = 24 * 3600;

/** The draft text of a deck's pacing target ('' for an unset field). */
export function pacingDraftOf(pacing: Deck['pacing']): PacingDraft {
  return { minutes: pacing?.targetMinutes?.toString() ?? '', seconds: pacing?.perSlideSeconds?.toString() ?? '' };
}

function readNumber(text: string, max: number, unit: string): { value?: number; error?: string } {
  const t = text.trim();
  if (t === '') return {};
  const n = Number(t);
  if (!Number.isFinite(n) || n <= 0 || n > max) return { error: `Enter ${unit} above 0 and at most ${max}, or leave it empty.` };
  return { value: n };
}

/**
 * Reads the draft: `{ pacing }` with `targetMinutes` (deck duration, minutes) and `perSlideSeconds` (seconds per
 * slide), each `undefined` when empty, or the field errors. Limits as `PacingSchema`: above 0, at most a day.
 */
export function readPacingDraft(draft: PacingDraft): { pacing: DeckPacing; errors: { minutes?: string; seconds?: string } } {
  const minutes = readNumber(draft.minutes, MAX_MINUTES, 'minutes');
  const seconds = readNumber(draft.seconds, MAX_SECONDS, 'seconds');
  return {
    pacing: { targetMinutes: minutes.value, perSlideSeconds: seconds.value },
    errors: { minutes: minutes.error, seconds: seconds.error },
  };
}

function NumberField(props: { label: string; name: string; value: string; step: string; max: number; error?: string; onChange: (text: string) => void }) {
  const id = useId();
  return (
    <div className="bd-field">
      <label htmlFor={id} className="bd-label">
        {props.label}
      </label>
      <input
        id={id}
        type="number"
        name={props.name}
        min="0"
        max={props.max}
        step={props.step}
        inputMode="decimal"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-err` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error ? (
        <span id={`${id}-err`} className="bd-warning" role="alert">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * The "Presenting pace" fieldset of the deck settings: a target duration for the whole deck (minutes) and a time per
 * slide (seconds). The presenter view starts from these (src-main/services/presentation: `deck.pacing`) and shows
 * whether the speaker is ahead or behind; the time per slide wins when both are set (src-shared/present/pacing.ts).
 */
export function PacingFields({ draft, onChange }: { draft: PacingDraft; onChange: (draft: PacingDraft) => void }) {
  const { errors } = readPacingDraft(draft);
  return (
    <fieldset>
      <legend>Presenting pace</legend>
      <NumberField label="Target duration (minutes)" name="pacingMinutes" value={draft.minutes} step="1" max={MAX_MINUTES} error={errors.minutes} onChange={(minutes) => onChange({ ...draft, minutes })} />
      <NumberField label="Time per slide (seconds)" name="pacingSeconds" value={draft.seconds} step="5" max={MAX_SECONDS} error={errors.seconds} onChange={(seconds) => onChange({ ...draft, seconds })} />
      <p className="bd-hint bd-fieldset-note">The presenter view paces against these. Leave both empty for no target; the time per slide wins when both are set.</p>
    </fieldset>
  );
}
