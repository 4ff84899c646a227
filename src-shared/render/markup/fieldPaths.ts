import type { RenderContext } from './renderContext';

/**
 * ` data-bd-field="<path>"` on an element that shows one editable text of the slide, when the render asked for field
 * paths (`RenderOptions.fieldPaths`, the editor's preview only); '' otherwise, so exports are unchanged. `path` is
 * built by the layouts from fixed names and indices (never from deck text): "title", "bullets.2.text",
 * "rows.1.0", "entries.3.event". The editor validates every path it receives against the deck before it edits.
 */
export function fieldAttr(ctx: Pick<RenderContext, 'options'>, path: string): string {
  return ctx.options.fieldPaths ? ` data-bd-field="${path}"` : '';
}
