import type { ImportNotices } from './importNotices';
import { firstHtmlTag, htmlComments } from './slideSeparators';

/**
 * Reports what stays in a slide's body but is not read as the tool meant it: raw HTML (kept as literal text),
 * HTML comments that are neither attributes nor notes (not shown), and fragment styles beyond a plain fragment.
 */
export function noteBodyLeftovers(body: string, slide: number, notices: Pick<ImportNotices, 'note'>): void {
  const tag = firstHtmlTag(body.replace(/<!--[\s\S]*?(-->|$)/g, ''));
  if (tag) notices.note('html', `raw HTML (such as ${tag}) is kept as literal text`, slide);
  for (const c of htmlComments(body)) {
    const el = /^\.element:?\s*([\s\S]*)$/.exec(c.inner);
    if (!el) {
      if (c.inner) notices.note('comment', `an HTML comment that is not a note was not imported ("${c.inner.slice(0, 40)}")`, slide);
      continue;
    }
    const styles = (/class\s*=\s*["']?([^"']*)/.exec(el[1])?.[1] ?? '').split(/\s+/).filter((cls) => cls && cls !== 'fragment');
    if (styles.length) notices.note('fragment-style', `fragment styles (${styles.join(', ')}) are shown as plain fragments`, slide);
  }
}
