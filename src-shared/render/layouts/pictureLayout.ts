import type { SlideOf } from '../../deck';
import { slideTitleHtml } from '../markup/slideTitle';
import { pictureFigureHtml } from './pictureFigure';

/**
 * Picture: the title, then the picture filling the slide body with its caption and source line under it
 * (pictureFigure.ts). A slide with no picture yet shows only its title.
 */
export function pictureLayoutHtml(slide: SlideOf<'picture'>): string {
  return `${slideTitleHtml(slide)}<div class="bd-body bd-picture-body">${slide.picture ? pictureFigureHtml(slide.picture) : ''}</div>`;
}
