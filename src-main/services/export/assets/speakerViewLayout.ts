/**
 * reveal.js's speaker view (notes plugin, dist/plugin/notes.js 6.0.2) draws its "Current slide" / "Upcoming" labels
 * over the top-left of each slide preview (`.label { position: absolute; top: 10px; left: 10px }`), where they hide
 * the classification banner and the start of the title. This adds a rule after the plugin's own, inside the speaker
 * view's `<style>`: each preview gets a 44 px band above its frame and the label sits in that band.
 */
const LABEL_RULE = /(#current-slide \.label,\s*#upcoming-slide \.label \{[^}]*\})/;

/** The CSS added after the label rule: a band above each preview frame (px of the speaker window). */
export const SPEAKER_LABEL_BAND_CSS = '#current-slide,#upcoming-slide{padding-top:44px}#current-slide .label,#upcoming-slide .label{top:8px}';

/**
 * The notes plugin's source with `SPEAKER_LABEL_BAND_CSS` added to its speaker view. Apply it before computing the
 * speaker view's CSP hashes (only CSS changes, but the hashes must be of the text that ships).
 * @throws Error when the label rule is not found (a reveal.js upgrade changed the speaker view).
 */
export function withSpeakerLabelBand(notesJs: string): string {
  if (!LABEL_RULE.test(notesJs)) throw new Error('reveal.js notes plugin: the speaker view label rule was not found (reveal.js upgraded?)');
  return notesJs.replace(LABEL_RULE, `$1\n${SPEAKER_LABEL_BAND_CSS}`);
}
