import type { Bullet } from '../../deck';
import { citationMarkerHtml } from '../markup/citationMarkers';
import { fieldAttr } from '../markup/fieldPaths';
import { renderInline } from '../markup/inlineMarkdown';
import type { RenderContext } from '../markup/renderContext';
import { confidenceLineHtml, statementLeadHtml } from '../markup/statementHtml';
import { knownKind } from '../markup/statementText';

/**
 * Bullets (flat, each with a `level` 0..4) as nested `<ul>` lists, so that indentation and bullet glyphs follow the
 * text direction (nested lists indent from the right in an RTL deck). A level that jumps by more than one (0 -> 3)
 * nests one step deeper than its predecessor. Fragment bullets get reveal.js's `class="fragment"` (a build step).
 * Each bullet starts with its portion mark, kind label and likelihood (`statementLeadHtml`) and ends with its
 * confidence line (`confidenceLineHtml`); a bullet with a kind also gets `bd-stmt-<kind>`. `listPath` names the list in
 * the field paths of the editor's preview ("bullets", "left.bullets").
 */
export function bulletListHtml(bullets: readonly Bullet[], ctx: RenderContext, listClass = 'bd-bullets', listPath = 'bullets'): string {
  if (bullets.length === 0) return '';
  let html = `<ul class="${listClass}">`;
  let depth = 0;
  bullets.forEach((bullet, i) => {
    const target = Math.max(0, Math.min(bullet.level ?? 0, depth + (i === 0 ? 0 : 1)));
    if (i > 0) {
      if (target > depth) html += '<ul>';
      else {
        html += '</li>';
        for (let d = depth; d > target; d--) html += '</ul></li>';
      }
    }
    depth = target;
    const kind = knownKind(bullet.kind);
    const classes = [`bd-level-${bullet.level ?? 0}`, kind ? `bd-stmt-${kind}` : '', bullet.fragment ? 'fragment' : ''].filter(Boolean).join(' ');
    html += `<li class="${classes}"${fieldAttr(ctx, `${listPath}.${i}.text`)}>${statementLeadHtml(bullet, ctx)}${renderInline(bullet.text)}${citationSpacer(bullet.citations, ctx)}${confidenceLineHtml(bullet, ctx)}`;
  });
  html += '</li>';
  for (let d = depth; d > 0; d--) html += '</ul></li>';
  return `${html}</ul>`;
}

/**
 * A citation marker joined to the last word by a narrow no-break space (U+202F), so it never wraps onto a line of its
 * own; '' when the item has no citations.
 */
export function citationSpacer(citations: Bullet['citations'], ctx: RenderContext): string {
  const marker = citationMarkerHtml(citations, ctx);
  return marker === '' ? '' : `\u202f${marker}`;
}
