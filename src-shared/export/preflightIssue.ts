/**
 * One finding of the pre-export check, shown in the export dialog with a click that selects the slide.
 * - `overflow`: text does not fit its slide (or its notes box) at the export's page size (measured in Chromium);
 * - `uncited`: claims with no citation (a key judgment, bullet, timeline entry, table, quote, a chart's numbers or a
 *   map's roles, with no citation of its own and none on its slide);
 * - `font`: characters that no bundled font covers (they would print in whatever font the machine has, or not at all);
 * - `network`: something in the export document tried to make a request;
 * - `image`: an image that cannot be read;
 * - `alt-text`: a map, chart or picture without alt text (required: WCAG 2.2 SC 1.1.1; see deck/figure.ts);
 * - `slide-link`: a link to a slide (`#slide:ID`) that is not in the deck, or not in this export (links/slideLinks.ts);
 * - `tradecraft`: a finding of the tradecraft checks (src-shared/tradecraft), with its `rule` and the `field` path
 *   inside the slide to jump to. A tradecraft error (marking) refuses the export; other errors the dialog shows first.
 * - `empty`: a slide left blank (a bullets, two-column, quote or section slide with no text) or a timeline entry
 *   without an event (emptySlideChecks.ts).
 * `slideIndex` is an index into `deck.slides`, or null for the whole deck.
 */
export interface PreflightIssue {
  kind: 'overflow' | 'uncited' | 'font' | 'network' | 'image' | 'alt-text' | 'tradecraft' | 'slide-link' | 'empty';
  severity: 'error' | 'warning';
  slideIndex: number | null;
  message: string;
  rule?: string;
  field?: string;
}
