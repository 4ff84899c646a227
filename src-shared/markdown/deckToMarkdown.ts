import type { Deck, Slide } from '../deck';
import { buildEndnotes } from '../render/markup/endnotes';
import { attributeComment } from './attributeComments';
import { figureSlideAttributes } from './chartMarkdown';
import { formatCitations } from './citationText';
import { endnoteLine } from './endnoteText';
import { escapeBlockText, inertInline } from './markdownEscape';
import { slideBodyMarkdown } from './slideToMarkdown';
import { pictureAttributes } from './pictureMarkdown';
import { audienceVersions } from '../versions/audienceVersions';
import { whatChanged, type WhatChanged } from '../versions/whatChanged';

/** Options of `deckToMarkdown`. */
export interface MarkdownExportOptions {
  /**
   * An audience copy: hidden slides and speaker notes are left out entirely. Default
   * false: hidden slides are written with `data-visibility="hidden"` (reveal.js skips them) and notes after `Note:`.
   */
  audience?: boolean;
}

/** The slide separator written between slides (reveal.js markdown plugin default `data-separator`: `\r?\n---\r?\n`). */
export const SLIDE_SEPARATOR = '\n\n---\n\n';

/**
 * Writes a deck as one reveal.js Markdown file (load it with `<section data-markdown="deck.md">`).
 *
 * - The first line is `<!-- .deck: data-title="…" … -->` with the deck's metadata (title, subtitle, author, date,
 *   language, direction, theme, classification, sources, pacing, marking and tradecraft settings and the issued versions as JSON; an audience copy's versions carry no
 *   notes); reveal.js
 *   ignores the comment.
 * - Slides are separated by `---` lines. Each starts with `<!-- .slide: data-id="…" data-layout="…" -->` (plus
 *   `data-visibility="hidden"`, `data-citations`, `data-argument-ids`, `data-portion-marking`,
 *   `data-body-portion-marking`, `data-row-kinds`, `data-column-widths`, `data-background-image` and its size, alt and portion mark when
 *   they apply), then the slide's Markdown (see slideToMarkdown.ts), then `Note:` and
 *   the speaker notes.
 * Returns the text with "\n" line ends and a final newline. Pure: the caller writes the file.
 */
export function deckToMarkdown(deck: Deck, options: MarkdownExportOptions = {}): string {
  const audience = options.audience === true;
  const slides = audience ? deck.slides.filter((s) => !s.hidden) : deck.slides;
  const endnotes = buildEndnotes(audience ? slides : slides.filter((s) => !s.hidden), deck.sources).entries.map((n) => endnoteLine(n, deck.language));
  const header = attributeComment('deck', {
    'data-title': deck.title,
    'data-subtitle': deck.subtitle || undefined,
    'data-author': deck.author || undefined,
    'data-date': deck.date || undefined,
    'data-language': deck.language,
    'data-direction': deck.direction,
    'data-theme': deck.theme,
    'data-classification': deck.classification.text,
    'data-classification-level': deck.classification.level,
    'data-sources': deck.sources.length ? JSON.stringify(deck.sources) : undefined,
    'data-pacing': deck.pacing ? JSON.stringify(deck.pacing) : undefined,
    'data-marking': deck.marking ? JSON.stringify(deck.marking) : undefined,
    'data-tradecraft': deck.tradecraft ? JSON.stringify(deck.tradecraft) : undefined,
    'data-versions': deck.versions?.length ? JSON.stringify(audience ? audienceVersions(deck.versions) : deck.versions) : undefined,
  });
  const changes = whatChanged(deck);
  const body = slides.map((slide) => slideMarkdown(slide, endnotes, audience, deck.language, changes)).join(SLIDE_SEPARATOR);
  return `${header}\n\n${body}\n`;
}

function slideMarkdown(slide: Slide, endnotes: readonly string[], audience: boolean, language: string, changes: WhatChanged): string {
  const comment = attributeComment('slide', {
    'data-id': slide.id,
    'data-layout': slide.layout,
    'data-visibility': slide.hidden ? 'hidden' : undefined,
    'data-portion-marking': slide.portionMarking,
    'data-citations': formatCitations(slide.citations),
    'data-argument-ids': slide.argumentIds.length ? slide.argumentIds.map(encodeURIComponent).join(',') : undefined,
    'data-background-image': slide.background?.src,
    'data-background-size': slide.background?.fit,
    'data-background-alt': slide.background?.alt || undefined,
    'data-background-portion-marking': slide.background?.portionMarking,
    'data-body-portion-marking': slide.bodyPortionMarking,
    'data-row-kinds': slide.layout === 'table' && slide.rowKinds ? slide.rowKinds.map((k) => k ?? '').join(',') : undefined,
    'data-column-widths': slide.layout === 'table' && slide.columnWidths ? slide.columnWidths.join(',') : undefined,
    ...figureSlideAttributes(slide),
    ...pictureAttributes(slide),
  });
  const parts = [comment, slideBodyMarkdown(slide, { endnotes, language, whatChanged: changes })].filter(Boolean);
  if (!audience && slide.notes.trim()) parts.push(`Note:\n${notesText(slide.notes)}`);
  return parts.join('\n\n');
}

/**
 * Notes stay as typed, made inert for reveal.js's notes view (which renders them as Markdown: see inertInline), and
 * with lines that would end the slide (`---`, `--`) or restart notes (`Note:`) escaped.
 */
function notesText(notes: string): string {
  return notes
    .trim()
    .split(/\r?\n/)
    .map((line) => (/^\s*(-{2,3}\s*$|notes?:)/i.test(line) ? escapeBlockText(line) : inertInline(line)))
    .join('\n');
}
