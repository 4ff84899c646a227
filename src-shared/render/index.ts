/**
 * Rendering: the deck as reveal.js markup, themes and fonts, and the full HTML document used by the exports and the
 * presenter. Pure TypeScript (no DOM, no Node). Entry points:
 * - `renderDeckHtml(deck, options)`, `renderSlideHtml(deck, index, options)`, `createSlideRenderer(deck, options)`,
 *   `visibleSlides(deck, options)`;
 * - `themeCss(themeId)`, `fontFaceCss(urlFor, themeId?)`, `themeFontFiles(themeId?)`;
 * - `buildDeckDocument(deck, { mode, assets, ...options })`.
 */
export { renderDeckHtml, renderSlideHtml, createSlideRenderer, sectionIds } from './renderDeckHtml';
export { deckWrapperHtml } from './markup/deckWrapper';
export { visibleSlides } from './markup/visibleSlides';
export type { RenderOptions, ResolvedRenderOptions } from './markup/renderOptions';
export { resolveRenderOptions } from './markup/renderOptions';
export { escapeHtml } from './markup/escapeHtml';
export { renderInline, isAllowedLinkUrl } from './markup/inlineMarkdown';
export { CLASSIFICATION_COLOURS, classificationBannerHtml } from './markup/classificationBanner';
export { citationLabelParts } from './markup/citationMarkers';
export { buildEndnotes, markerParagraphs, type Endnote, type Endnotes } from './markup/endnotes';
/** Every citation of one slide, in reading order (`citationsOfSlide`, src-shared/sources). */
export { citationsOfSlide as slideCitations } from '../sources/deckCitations';
export { labelsFor, type RenderLabels } from './markup/labels';
export { themeCss } from './themes/themeCss';
export { deckFontTheme, fontFaceCss, themeFontFiles, FONT_FAMILIES, type FontFile } from './themes/fontFiles';
export { brandCss, LOGO_BOX } from './themes/brandCss';
export { buildDeckDocument, type DeckDocumentAssets, type DeckDocumentOptions } from './buildDeckDocument';
export { revealConfig, revealStartScript, MESSAGE_GUARD_JS, type RevealStartOptions } from './document/revealInitScript';
export { deckContentSecurityPolicy } from './document/contentSecurityPolicy';
export { cspScriptHash, sha256, utf8Bytes, base64 } from './document/sha256';
export { inlineScriptText, inlineStyleText } from './document/inlineScriptText';
export { slideOutline, slidePlainTitle } from './slideOutline';
