import MarkdownItFactory, { type MarkdownIt } from 'markdown-it';
import { isAllowedLinkUrl } from '../render/markup/inlineMarkdown';

/**
 * The markdown-it instance that reads Markdown decks: CommonMark plus GFM pipe tables and strikethrough
 * (markdown-it's "default" preset) with raw HTML off (`html: false`), so a `<script>` or `<img onerror>` in an
 * imported file stays literal text. Links follow the slide renderer's rule (src-shared/render/inlineMarkdown.ts):
 * only https: and mailto: targets become links; any other stays literal text.
 */
export function createMarkdownParser(): MarkdownIt {
  const md = new MarkdownItFactory('default', { html: false, linkify: false, typographer: false, breaks: false });
  md.validateLink = isAllowedLinkUrl;
  return md;
}

/**
 * The inline parser used for slide text in the text exports (PPTX), with exactly the inline rules the slide
 * renderer enables (emphasis, strikethrough, code spans, links, autolinks, escapes, entities; no images), so a text
 * reads the same in HTML and in PPTX.
 */
export function createInlineParser(): MarkdownIt {
  const md = new MarkdownItFactory('zero', { html: false, linkify: false, typographer: false, breaks: false });
  md.enable(['emphasis', 'strikethrough', 'backticks', 'link', 'autolink', 'escape', 'entity']);
  md.validateLink = isAllowedLinkUrl;
  return md;
}

/**
 * A markdown-it instance that only finds image references (`![alt](src)`) in a Markdown deck, whatever their URL:
 * the deck parser's link rule (https: and mailto: only) also stops markdown-it from making image tokens for a
 * relative `ports.png`, so the import could not warn that such an image stays text. Its tokens are only read for
 * their alt text and src, never rendered.
 */
export function createImageFinder(): MarkdownIt {
  const md = new MarkdownItFactory('default', { html: false, linkify: false, typographer: false, breaks: false });
  md.validateLink = () => true;
  return md;
}
