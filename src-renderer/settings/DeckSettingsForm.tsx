import { useId, useState } from 'react';
import { CLASSIFICATION_LEVELS, DeckSchema, THEMES, type Deck } from '../../src-shared/deck';
import { SelectField } from '../editor/fields/SelectField';
import { TextDirectionContext } from '../editor/fields/TextDirection';
import { TextField } from '../editor/fields/TextField';
import { COMMON_LANGUAGES, suggestedDirection } from './languageDirection';
import { PacingFields, pacingDraftOf, readPacingDraft, type DeckPacing } from './PacingFields';
import { TradecraftFields, tradecraftDraftOf, type TradecraftDraft } from './TradecraftFields';

/**
 * The deck fields the settings dialog edits. `pacing` is the presenting target (`targetMinutes`, `perSlideSeconds`;
 * a field is `undefined` when unset); the form always returns it, so clearing a field clears the deck's value.
 */
export type DeckSettings = Pick<Deck, 'title' | 'subtitle' | 'author' | 'date' | 'classification' | 'theme' | 'language' | 'direction'> & {
  pacing?: DeckPacing;
} & Partial<TradecraftDraft>;

/** Picks the edited fields out of a deck. */
export function settingsOf(deck: Deck): DeckSettings {
  const { title, subtitle, author, date, classification, theme, language, direction, pacing } = deck;
  const target = { targetMinutes: pacing?.targetMinutes, perSlideSeconds: pacing?.perSlideSeconds };
  return { title, subtitle, author, date, classification: { ...classification }, theme, language, direction, pacing: target, ...tradecraftDraftOf(deck) };
}

const LEVEL_NAMES: Record<(typeof CLASSIFICATION_LEVELS)[number], string> = {
  none: 'None (no colour bar)',
  unclassified: 'Unclassified (green)',
  cui: 'CUI (purple)',
  confidential: 'Confidential (blue)',
  secret: 'Secret (red)',
  'top-secret': 'Top secret (orange)',
};
const THEME_NAMES: Record<(typeof THEMES)[number], string> = { 'briefing-light': 'Briefing light', 'briefing-dark': 'Briefing dark' };
const languageShape = DeckSchema.shape.language;

/** Props of {@link DeckSettingsForm}. */
export interface DeckSettingsFormProps {
  initial: DeckSettings;
  /** Called once with the edited settings when the user saves (one undo step). */
  onApply: (settings: DeckSettings) => void;
  onCancel: () => void;
}

/**
 * The deck settings form: title, subtitle, author, date, classification banner (text and level), theme, language
 * (BCP 47), direction, the presenting pace (target minutes, seconds per slide), and the tradecraft settings (yardstick,
 * mixed-terms note, marking scheme, authority block). Changing the language to Persian, Arabic, Hebrew (or another right-to-left language)
 * switches the direction to right to left, which the user can override. Edits are a draft until Save. The text
 * fields follow the chosen direction (a Persian title is typed right to left); the language tag stays left to right.
 */
export function DeckSettingsForm({ initial, onApply, onCancel }: DeckSettingsFormProps) {
  const [draft, setDraft] = useState<DeckSettings>(initial);
  const [dirNote, setDirNote] = useState<string | null>(null);
  const [pacingDraft, setPacingDraft] = useState(() => pacingDraftOf(initial.pacing));
  const pacingRead = readPacingDraft(pacingDraft);
  const pacingError = pacingRead.errors.minutes ?? pacingRead.errors.seconds ?? null;
  const dateId = useId();
  const langId = useId();
  const listId = useId();
  const set = (patch: Partial<DeckSettings>) => setDraft((d) => ({ ...d, ...patch }));
  const langCheck = languageShape.safeParse(draft.language.trim());
  const langError = langCheck.success ? null : 'Use a BCP 47 language tag such as "en", "tr" or "fa-IR".';

  const onLanguage = (language: string) => {
    const suggested = suggestedDirection(language);
    if (suggested !== draft.direction && languageShape.safeParse(language.trim()).success) {
      set({ language, direction: suggested });
      setDirNote(suggested === 'rtl' ? 'Direction set to right to left for this language.' : 'Direction set to left to right for this language.');
    } else set({ language });
  };

  return (
    <TextDirectionContext.Provider value={draft.direction}>
    <form
      className="bd-settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!langError && !pacingError) onApply({ ...draft, language: draft.language.trim(), pacing: pacingRead.pacing });
      }}
    >
      <TextField label="Deck title" name="title" value={draft.title} onChange={(title) => set({ title })} />
      <TextField label="Subtitle" name="subtitle" value={draft.subtitle} onChange={(subtitle) => set({ subtitle })} />
      <div className="bd-row">
        <TextField className="bd-grow" label="Author" name="author" value={draft.author} onChange={(author) => set({ author })} />
        <div className="bd-field">
          <label htmlFor={dateId} className="bd-label">
            Briefing date
          </label>
          <input id={dateId} type="date" name="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
        </div>
      </div>
      <fieldset>
        <legend>Classification banner</legend>
        <TextField
          label="Banner text"
          name="classificationText"
          value={draft.classification.text}
          placeholder="e.g. UNCLASSIFIED // FOR TRAINING"
          onChange={(text) => set({ classification: { ...draft.classification, text } })}
        />
        <SelectField
          label="Banner level"
          name="classificationLevel"
          value={draft.classification.level}
          options={CLASSIFICATION_LEVELS.map((l) => ({ value: l, label: LEVEL_NAMES[l] }))}
          onChange={(level) => set({ classification: { ...draft.classification, level: level as DeckSettings['classification']['level'] } })}
        />
      </fieldset>
      <fieldset>
        <legend>Appearance and language</legend>
        <SelectField label="Theme" name="theme" value={draft.theme} options={THEMES.map((t) => ({ value: t, label: THEME_NAMES[t] }))} onChange={(t) => set({ theme: t as DeckSettings['theme'] })} />
        <div className="bd-field">
          <label htmlFor={langId} className="bd-label">
            Language (BCP 47 tag)
          </label>
          <input
            id={langId}
            type="text"
            name="language"
            list={listId}
            value={draft.language}
            aria-invalid={langError ? true : undefined}
            aria-describedby={langError ? `${langId}-err` : undefined}
            onChange={(e) => onLanguage(e.target.value)}
          />
          <datalist id={listId}>
            {COMMON_LANGUAGES.map((l) => (
              <option key={l.tag} value={l.tag}>
                {l.name}
              </option>
            ))}
          </datalist>
          {langError ? (
            <span id={`${langId}-err`} className="bd-warning" role="alert">
              {langError}
            </span>
          ) : null}
        </div>
        <SelectField
          label="Text direction"
          name="direction"
          value={draft.direction}
          options={[
            { value: 'ltr', label: 'Left to right' },
            { value: 'rtl', label: 'Right to left' },
          ]}
          onChange={(d) => {
            set({ direction: d as DeckSettings['direction'] });
            setDirNote(null);
          }}
        />
        <p className="bd-hint" role="status">
          {dirNote ?? ''}
        </p>
      </fieldset>
      <PacingFields draft={pacingDraft} onChange={setPacingDraft} />
      <TradecraftFields draft={{ ...tradecraftDraftOf({}), ...draft }} onChange={(next) => set(next)} />
      <div className="bd-dialog-actions">
        <button type="button" className="bd-btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="bd-btn bd-btn-primary" disabled={langError !== null || pacingError !== null}>
          Save settings
        </button>
      </div>
    </form>
    </TextDirectionContext.Provider>
  );
}
