import type { Deck } from '../../../../src-shared/deck';
import { visibleSlides } from '../../../../src-shared/render';
import type { SlideChoice } from '../../../../src-shared/export';
import type { PdfDocumentInfo } from './pdfDocumentInfo';

/**
 * PDF metadata of a deck: title, author, subject (the subtitle; empty, so left out of the PDF, when there is none:
 * never a copy of the title), keywords (classification banner
 * text and the argument ids of the exported slides), creator. Never includes speaker notes.
 */
export function pdfInfoFor(deck: Deck, options: SlideChoice = {}): PdfDocumentInfo {
  const argumentIds = [...new Set(visibleSlides(deck, options).flatMap((s) => s.argumentIds))];
  return {
    title: deck.title,
    author: deck.author,
    subject: deck.subtitle.trim(),
    keywords: [deck.classification.text, ...argumentIds].filter((k) => k.trim() !== '').join('; '),
    creator: 'BriefDeck',
    producer: 'BriefDeck (Chromium print)',
  };
}
