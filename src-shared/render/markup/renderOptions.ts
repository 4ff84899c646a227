/**
 * Options of `renderDeckHtml` / `renderSlideHtml` / `visibleSlides`.
 * - `includeHidden` (default false): render hidden (backup) slides too; by default they are left out of presenting
 *   and exports.
 * - `includeNotes` (default true): emit speaker notes as `<aside class="notes">`. `false` makes an audience copy:
 *   no note text anywhere in the markup.
 * - `slideNumbers` (default true): show "n / N" in each slide's footer (N = visible slides).
 */
export interface RenderOptions {
  includeHidden?: boolean;
  includeNotes?: boolean;
  slideNumbers?: boolean;
}

/** The options with their defaults applied. */
export interface ResolvedRenderOptions {
  includeHidden: boolean;
  includeNotes: boolean;
  slideNumbers: boolean;
}

/** Applies the defaults documented on `RenderOptions`. */
export function resolveRenderOptions(options: RenderOptions = {}): ResolvedRenderOptions {
  return {
    includeHidden: options.includeHidden === true,
    includeNotes: options.includeNotes !== false,
    slideNumbers: options.slideNumbers !== false,
  };
}
