/**
 * Deck settings. `DeckSettingsDialog` is connected to the store and shows while `panels.settings` is
 * open; `DeckSettingsForm` is the plain form (props in, one `onApply(settings)` out).
 */
export { DeckSettingsDialog } from './DeckSettingsDialog';
export { DeckSettingsForm, settingsOf, type DeckSettings, type DeckSettingsFormProps } from './DeckSettingsForm';
export { suggestedDirection, COMMON_LANGUAGES } from './languageDirection';
