import { z } from 'zod';
import { InlineText } from './slideContent';

/**
 * The text every figure carries (a map, a chart or a picture): alt text, which a screen reader reads and the tagged
 * PDF puts in the structure tree (WCAG 2.2 success criterion 1.1.1, "non-text content"), and the source line printed
 * under the figure ("Data: Natural Earth 4.1", "Photo: Anadolu"). Alt text is required before export: a figure
 * without it is a pre-export finding (see slideFigures and staticPreflight).
 */
export const figureFields = {
  alt: z.string().max(1000).default('').describe('Alt text: what the figure shows, in one or two sentences'),
  sourceLine: InlineText.default('').describe('Source line printed under the figure'),
};

/** What kind of figure a slide holds: named in the pre-export finding. */
export type FigureKind = 'map' | 'chart' | 'picture';

/**
 * One figure on a slide, as the pre-export check sees it: its kind, the path of its alt text inside the slide (for
 * the click that selects the field, e.g. `alt` or `left.picture.alt`), and the alt text itself.
 */
export interface SlideFigure {
  kind: FigureKind;
  field: string;
  alt: string;
}
