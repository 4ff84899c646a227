import { useEffect, useState, type RefObject } from 'react';

/** Text selected in the Source panel's paragraphs: the paragraphs it spans and the selected text. */
export interface ParagraphSelection {
  paragraphs: number[];
  passage: string;
}

/** The part of `range` inside `el`, as text. */
function clippedText(range: Range, el: Element): string {
  const part = document.createRange();
  part.selectNodeContents(el);
  if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
  return part.collapsed ? '' : part.toString();
}

/**
 * The paragraphs a document selection spans within `list` (each paragraph's text element carries
 * `data-paragraph-text="<n>"`), with the selected text of each joined by a blank line; null when nothing is selected
 * there. Pure over the DOM: no state.
 */
export function readParagraphSelection(list: Element, selection: Selection | null): ParagraphSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!list.contains(range.commonAncestorContainer)) return null;
  const paragraphs: number[] = [];
  const texts: string[] = [];
  for (const el of list.querySelectorAll<HTMLElement>('[data-paragraph-text]')) {
    if (!range.intersectsNode(el)) continue;
    const text = clippedText(range, el).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    paragraphs.push(Number(el.dataset.paragraphText));
    texts.push(text);
  }
  return paragraphs.length ? { paragraphs, passage: texts.join('\n\n') } : null;
}

/**
 * The selection in the Source panel's paragraph list, updated on every `selectionchange` of the document (mouse,
 * keyboard or a script setting a Range all fire it).
 */
export function useParagraphSelection(list: RefObject<HTMLElement | null>): ParagraphSelection | null {
  const [picked, setPicked] = useState<ParagraphSelection | null>(null);
  useEffect(() => {
    const update = () => {
      const next = list.current ? readParagraphSelection(list.current, document.getSelection()) : null;
      setPicked((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [list]);
  return picked;
}
