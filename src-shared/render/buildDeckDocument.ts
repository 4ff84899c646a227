import type { Deck } from '../deck';
import { escapeHtml } from './markup/escapeHtml';
import { renderDeckHtml } from './renderDeckHtml';
import type { RenderOptions } from './markup/renderOptions';
import { themeCss } from './themes/themeCss';
import { deckContentSecurityPolicy } from './document/contentSecurityPolicy';
import { inlineScriptText, inlineStyleText } from './document/inlineScriptText';
import { revealStartScript } from './document/revealInitScript';
import { cspScriptHash } from './document/sha256';

/**
 * Text of the files a deck document inlines. `revealJs` is reveal.js's UMD build (dist/reveal.js, global `Reveal`);
 * `notesJs` the notes plugin's UMD build (dist/plugin/notes.js, global `RevealNotes`), present mode only;
 * `fontCss` the @font-face rules (see `fontFaceCss`, with data: URLs in exports); `themeCss` overrides
 * `themeCss(deck.theme)`. `extraScriptHashes` are CSP hash sources for inline scripts that a plugin writes into a
 * window of its own that inherits our CSP (the notes plugin's speaker view).
 */
export interface DeckDocumentAssets {
  revealJs: string;
  revealCss: string;
  resetCss: string;
  notesJs?: string;
  fontCss: string;
  themeCss?: string;
  extraScriptHashes?: readonly string[];
  /**
   * Computes a CSP hash source (`'sha256-…'`) of an inline script's text. Defaults to the pure `cspScriptHash`;
   * Node passes node:crypto's (about 50× faster on reveal.js's 120 KB).
   */
  hashScript?: (scriptText: string) => string;
}

/** `mode: 'present'` for a presentable file (speaker view when `notesJs` is given); `'print'` for reveal's print view. */
export interface DeckDocumentOptions extends RenderOptions {
  mode: 'present' | 'print';
  assets: DeckDocumentAssets;
  /** Print only: one page per build step (fragment) instead of the final state. Default false. */
  buildSteps?: boolean;
}

/**
 * The whole HTML document for a deck: CSP meta first, then title and metadata, the CSS (reset, reveal, fonts, theme),
 * the slides (`renderDeckHtml`), reveal.js, the notes plugin, and the start script. Every script is inline and
 * listed by hash in the CSP; the document makes no request of its own. `lang`/`dir` come from the deck.
 * Print mode: reveal's print view (`view: 'print'`), 1280×720 px pages, `<html data-bd-print-ready>` when laid out.
 */
export function buildDeckDocument(deck: Deck, options: DeckDocumentOptions): string {
  const { mode, assets } = options;
  const withNotesPlugin = mode === 'present' && typeof assets.notesJs === 'string';
  const scripts = [assets.revealJs, ...(withNotesPlugin ? [assets.notesJs as string] : [])].map(inlineScriptText);
  scripts.push(revealStartScript({ mode, rtl: deck.direction === 'rtl', buildSteps: options.buildSteps, notesPlugin: withNotesPlugin }));
  const hashes = [...scripts.map(assets.hashScript ?? cspScriptHash), ...(withNotesPlugin ? (assets.extraScriptHashes ?? []) : [])];
  const csp = deckContentSecurityPolicy(hashes, withNotesPlugin);
  const dir = deck.direction === 'rtl' ? 'rtl' : 'ltr';
  const meta = [
    deck.author.trim() !== '' ? `<meta name="author" content="${escapeHtml(deck.author)}">` : '',
    deck.subtitle.trim() !== '' ? `<meta name="description" content="${escapeHtml(deck.subtitle)}">` : '',
    '<meta name="generator" content="BriefDeck">',
  ].join('');
  const styles = [assets.resetCss, assets.revealCss, assets.fontCss, assets.themeCss ?? themeCss(deck.theme, deck.brand)]
    .map((css) => `<style>${inlineStyleText(css)}</style>`)
    .join('\n');
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(deck.language)}" dir="${dir}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">` +
    `<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(deck.title)}</title>${meta}\n${styles}\n</head><body>\n` +
    renderDeckHtml(deck, options) +
    `\n${scripts.map((s) => `<script>${s}</script>`).join('\n')}\n</body></html>\n`
  );
}
