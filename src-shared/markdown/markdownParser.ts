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
