import type { Token } from 'markdown-it';
import { createInlineParser } from './markdownParser';

/**
 * One run of inline text with its formatting, as a PPTX text run or a plain-text renderer needs it.
 * `href` is set only for https: and mailto: links; any other link keeps its text and loses the link.
 */
export interface InlineRun {
  text: string;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  code: boolean;
  href?: string;
}

const parser = createInlineParser();

/**
 * Flattens a slide's inline markdown (emphasis, strong, strikethrough, code, links) into text runs.
 * Soft and hard line breaks become "\n" inside a run. Raw HTML is never interpreted (`html: false`), so `<b>` stays
 * the literal text "<b>"; a link to anything but https:/mailto: stays its literal Markdown text, as in the HTML
 * render. Adjacent runs with equal formatting are merged.
 * Returns `[]` for an empty string.
 */
export function inlineToRuns(markdown: string): InlineRun[] {
  const runs: InlineRun[] = [];
  let bold = 0;
  let italic = 0;
  let strike = 0;
  let href: string | undefined;
  const push = (text: string, code = false): void => {
    if (!text) return;
    const run: InlineRun = { text, bold: bold > 0, italic: italic > 0, strike: strike > 0, code };
    if (href) run.href = href;
    const last = runs[runs.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.strike === run.strike && last.code === run.code && last.href === run.href) {
      last.text += text;
    } else {
      runs.push(run);
    }
  };
  const children: Token[] = parser.parseInline(markdown, {}).flatMap((t) => t.children ?? []);
  for (const tok of children) {
    switch (tok.type) {
      case 'text': push(tok.content); break;
      case 'code_inline': push(tok.content, true); break;
      case 'softbreak': case 'hardbreak': push('\n'); break;
      case 'strong_open': bold++; break;
      case 'strong_close': bold--; break;
      case 'em_open': italic++; break;
      case 'em_close': italic--; break;
      case 's_open': strike++; break;
      case 's_close': strike--; break;
      case 'link_open': {
        const target = String(tok.attrGet('href') ?? '');
        href = target || undefined;
        break;
      }
      case 'link_close': href = undefined; break;
      default: if (tok.content) push(tok.content);
    }
  }
  return runs;
}

/** The plain text of inline markdown (the runs' text joined), e.g. for search, metadata and outlines. */
export function inlineToPlainText(markdown: string): string {
  return inlineToRuns(markdown).map((r) => r.text).join('');
}
