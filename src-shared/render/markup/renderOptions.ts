/**
 * Options of `renderDeckHtml` / `renderSlideHtml` / `visibleSlides`.
 * - `includeHidden` (default false): render hidden (backup) slides too; by default they are left out of presenting
 *   and exports.
 * - `includeNotes` (default true): emit speaker notes as `<aside class="notes">`. `false` makes an audience copy:
 *   no note text anywhere in the markup.
 * - `slideNumbers` (default true): show "n / N" in each slide's footer (N = visible slides).
 * - `fieldPaths` (default false): mark each text the user can edit on the slide with `data-bd-field="<path>"`
 *   (markup/fieldPaths.ts). Only the editor's preview asks for it; exports and presenting never carry the marks.
 */
export interface RenderOptions {
  includeHidden?: boolean;
  includeNotes?: boolean;
  slideNumbers?: boolean;
  fieldPaths?: boolean;
}

/** The options with their defaults applied. */
export interface ResolvedRenderOptions {
  includeHidden: boolean;
  includeNotes: boolean;
  slideNumbers: boolean;
  fieldPaths: boolean;
}

/** Applies the defaults documented on `RenderOptions`. */
export function resolveRenderOptions(options: RenderOptions = {}): ResolvedRenderOptions {
  return {
    includeHidden: options.includeHidden === true,
    includeNotes: options.includeNotes !== false,
    slideNumbers: options.slideNumbers !== false,
    fieldPaths: options.fieldPaths === true,
  };
}
