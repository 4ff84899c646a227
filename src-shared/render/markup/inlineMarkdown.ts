import MarkdownItFactory, { type MarkdownIt } from 'markdown-it';
import { isSlideLinkUrl } from '../../links/slideLinks';

/**
 * Inline markup for short user text (titles, bullets, cells): emphasis, strong, strikethrough, code spans and links,
 * rendered by markdown-it with `html: false`, so raw HTML in user text is shown as text, never parsed.
 * Links are kept only for `https:` and `mailto:` URLs (docs/security.md); any other link (javascript:, data:, file:,
 * command:, http:, relative) fails markdown-it's `validateLink` and stays literal, escaped text. A link to a slide of
 * the deck (`#slide:ID`, src-shared/links/slideLinks.ts) is kept too, and pointed at its section by the deck renderer.
 */
let md: MarkdownIt | undefined;

/** True when `url` is a link out of the deck we allow: an absolute `https:` or `mailto:` URL (a source's URL). */
export function isWebLinkUrl(url: string): boolean {
  return /^(https:\/\/[^\s]|mailto:[^\s])/i.test(String(url).trim());
}

/** True when `url` is a link we allow in deck text and exports: a web link (`isWebLinkUrl`) or a slide link. */
export function isAllowedLinkUrl(url: string): boolean {
  return isWebLinkUrl(url) || isSlideLinkUrl(url);
}

function instance(): MarkdownIt {
  if (md) return md;
  md = new MarkdownItFactory('zero', { html: false, linkify: false, typographer: false, breaks: false });
  md.enable(['emphasis', 'strikethrough', 'backticks', 'link', 'autolink', 'escape', 'entity']);
  md.validateLink = isAllowedLinkUrl;
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    // Links leave the deck: never let them see who opened them (noopener) or where from (noreferrer). A slide link
    // stays inside it, written bare (`<a href="#slide:ID">`) for resolveSlideLinks.
    if (!isSlideLinkUrl(String(tokens[idx].attrGet('href') ?? ''))) tokens[idx].attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen ? defaultLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  return md;
}

/**
 * Renders one line of user text with inline markup to HTML. Every character of user text is escaped by markdown-it's
 * renderer (text and attribute values). Newlines stay as spaces (softbreaks).
 */
export function renderInline(text: string): string {
  if (text === '') return '';
  return instance().renderInline(String(text));
}
