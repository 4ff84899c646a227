import { createHash } from 'node:crypto';
import { fontFaceCss, type DeckDocumentAssets } from '../../../../src-shared/render';
import type { ThemeId } from '../../../../src-shared/deck';
import { packageDataUrl, readPackageText } from './packageFiles';
import { speakerViewScriptHashes } from './speakerViewHashes';
import { withSpeakerLabelBand } from './speakerViewLayout';

/** reveal.js 6 files inlined into exports (package `exports` names: UMD builds and CSS). */
const REVEAL = { js: 'reveal.js', css: 'reveal.js/reveal.css', reset: 'reveal.js/reset.css', notes: 'reveal.js/plugin/notes' } as const;

/** CSP hash source of a script's UTF-8 text with node:crypto; memoised, since reveal.js is hashed for every export. */
const hashes = new Map<string, string>();
function hashScript(text: string): string {
  let hash = hashes.get(text);
  if (hash === undefined) {
    hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    if (text.length > 10_000) hashes.set(text, hash);
  }
  return hash;
}

let core: { revealJs: string; revealCss: string; resetCss: string } | undefined;
let notes: { notesJs: string; extraScriptHashes: string[] } | undefined;
const fontCssByTheme = new Map<ThemeId | undefined, string>();

/**
 * The assets of a self-contained deck document, read from node_modules once per process and cached:
 * reveal.js, its CSS, the theme's fonts (every bundled family when `theme` is undefined: see deckFontTheme) as base64 data: URLs, and (with `speakerView`) the notes plugin (labels moved
 * off the slide previews: `withSpeakerLabelBand`) with the CSP hashes of its speaker view. Throws Error naming the file if a bundled package is missing.
 */
export function loadDeckAssets(theme: ThemeId | undefined, speakerView: boolean): DeckDocumentAssets {
  core ??= { revealJs: readPackageText(REVEAL.js), revealCss: readPackageText(REVEAL.css), resetCss: readPackageText(REVEAL.reset) };
  let fontCss = fontCssByTheme.get(theme);
  if (fontCss === undefined) {
    fontCss = fontFaceCss((file) => packageDataUrl(file, 'font/woff2'), theme);
    fontCssByTheme.set(theme, fontCss);
  }
  if (speakerView && !notes) {
    const notesJs = withSpeakerLabelBand(readPackageText(REVEAL.notes));
    notes = { notesJs, extraScriptHashes: speakerViewScriptHashes(notesJs) };
  }
  return { ...core, fontCss, hashScript, ...(speakerView && notes ? notes : {}) };
}
