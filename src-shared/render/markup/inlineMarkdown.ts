import MarkdownItFactory, { type MarkdownIt } from 'markdown-it';

/**
 * Inline markup for short user text (titles, bullets, cells): emphasis, strong, strikethrough, code spans and links,
 * rendered by markdown-it with `html: false`, so raw HTML in user text is shown as text, never parsed.
 * Links are kept only for `https:` and `mailto:` URLs (docs/security.md); any other link (javascript:, data:, file:,
 * command:, http:, relative) fails markdown-it's `validateLink` and stays literal, escaped text.
 */
let md: MarkdownIt | undefined;

/** True when `url` is a link we allow in decks and exports: an absolute `https:` or `mailto:` URL. */
export function isAllowedLinkUrl(url: string): boolean {
  return /^(https:\/\/[^\s]|mailto:[^\s])/i.test(String(url).trim());
}

function instance(): MarkdownIt {
  if (md) return md;
  md = new MarkdownItFactory('zero', { html: false, linkify: false, typographer: false, breaks: false });
  md.enable(['emphasis', 'strikethrough', 'backticks', 'link', 'autolink', 'escape', 'entity']);
  md.validateLink = isAllowedLinkUrl;
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    // Links leave the deck: never let them see who opened them (noopener) or where from (noreferrer).
    tokens[idx].attrSet('rel', 'noopener noreferrer');
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
