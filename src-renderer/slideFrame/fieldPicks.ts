import type { FieldLook, FieldMessage } from './protocol';
import { SLIDE_WIDTH_PX } from './revealConfig';

/**
 * Text of the current slide that the editor can edit on the slide: the frame only says where a marked field
 * (`data-bd-field`, written by the preview's render) is and how it looks; it never edits, and it sends no deck text.
 * Used in the editor's preview only (`html[data-mode="preview"]`).
 */

const TRANSPARENT = /^rgba\(\s*0,\s*0,\s*0,\s*0\s*\)$|^transparent$/;

function currentSection(slides: HTMLElement): HTMLElement | null {
  return slides.querySelector<HTMLElement>(':scope > section.present');
}

/** The slide's colour behind `el`: the first ancestor with an opaque background, else white. */
function backgroundOf(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && !TRANSPARENT.test(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}

function fieldMessage(el: HTMLElement, section: HTMLElement, slides: HTMLElement, reason: FieldMessage['reason']): FieldMessage {
  const rect = el.getBoundingClientRect();
  // reveal.js scales the 1280 px slide to the frame (transform or zoom): the slides box tells the factor either way.
  const scale = slides.getBoundingClientRect().width / SLIDE_WIDTH_PX || 1;
  const style = getComputedStyle(el);
  const fontPx = parseFloat(style.fontSize) * scale;
  const line = parseFloat(style.lineHeight);
  const look: FieldLook = {
    fontPx,
    lineHeightPx: Number.isFinite(line) ? line * scale : fontPx * 1.25,
    fontFamily: style.fontFamily,
    fontWeight: style.fontWeight,
    fontStyle: style.fontStyle,
    color: style.color,
    background: backgroundOf(el),
    textAlign: style.textAlign,
  };
  return {
    type: 'field', reason, slideId: section.getAttribute('data-slide-id') ?? '', path: el.getAttribute('data-bd-field') ?? '',
    box: { x: rect.left, y: rect.top, width: rect.width, height: rect.height }, look,
  };
}

/**
 * Reports clicks on marked fields of the current slide (`reason: 'click'`). A click on a link inside a field still
 * never navigates (frameGuards.ts stops it first).
 */
export function installFieldPicks(slides: HTMLElement, post: (message: FieldMessage) => void): void {
  slides.addEventListener('click', (event) => {
    if (document.documentElement.dataset.mode !== 'preview') return;
    const section = currentSection(slides);
    const el = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-bd-field]') : null;
    if (!section || !el || !section.contains(el)) return;
    post(fieldMessage(el, section, slides, 'click'));
  });
}

/** The field `path` of the current slide, measured again (`reason: 'update'`); null when the slide has no such field yet. */
export function measureField(slides: HTMLElement, path: string): FieldMessage | null {
  const section = currentSection(slides);
  const el = section ? Array.from(section.querySelectorAll<HTMLElement>('[data-bd-field]')).find((e) => e.getAttribute('data-bd-field') === path) : undefined;
  return section && el ? fieldMessage(el, section, slides, 'update') : null;
}
