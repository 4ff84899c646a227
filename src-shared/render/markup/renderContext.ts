import type { Deck } from '../../deck';
import type { Endnotes } from './endnotes';
import type { ResolvedRenderOptions } from './renderOptions';

/**
 * What a layout needs besides its slide: the deck (banner, language, author), the resolved options, the endnotes of
 * the rendered slides, the slide's 1-based position among them, their count, and the section id of the sources slide
 * (the target of endnote markers; undefined when no sources slide is rendered).
 */
export interface RenderContext {
  deck: Deck;
  options: ResolvedRenderOptions;
  endnotes: Endnotes;
  position: number;
  total: number;
  sourcesAnchor: string | undefined;
}
