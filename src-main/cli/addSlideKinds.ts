import type { AddSlideKind } from './addSlideKind';
import { CHART_SLIDE_KIND } from './addChartKind';
import { MAP_SLIDE_KIND } from './addMapKind';
import { PICTURE_SLIDE_KIND } from './addPictureKind';

/** Every figure kind `briefdeck add` knows, in the order usage lists them. */
export const ADD_SLIDE_KINDS: readonly AddSlideKind[] = [MAP_SLIDE_KIND, CHART_SLIDE_KIND, PICTURE_SLIDE_KIND];
