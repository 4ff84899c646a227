import type { KeyMessage } from './protocol';

/**
 * Guards of the slide frame's document, installed once:
 * - a click on a link in a slide never navigates the frame (that would be a network request, and a way out of the
 *   app's content); links are shown, not followed, while presenting; a click on a link to a slide of the deck
 *   (`a.bd-slide-link[data-bd-slide-id]`, src-shared/links/slideLinks.ts) calls `onSlideLink` with that slide id;
 * - dropping a file on the frame never loads it;
 * - key presses are forwarded to the parent (`onKey`) and their default action is stopped, so the frame itself never
 *   scrolls, and both presenting views map keys in one place.
 */
export function installFrameGuards(onKey: (message: KeyMessage) => void, onSlideLink: (slideId: string) => void = () => {}): void {
  const stop = (event: Event) => event.preventDefault();
  const stopLinks = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a, area') : null;
    if (!link) return;
    event.preventDefault();
    const slideId = link.getAttribute('data-bd-slide-id');
    if (event.type === 'click' && slideId && link.classList.contains('bd-slide-link')) {
      event.stopPropagation(); // reveal.js must not also act on the click
      onSlideLink(slideId);
    }
  };
  document.addEventListener('click', stopLinks, true);
  document.addEventListener('auxclick', stopLinks, true);
  document.addEventListener('dragover', stop, true);
  document.addEventListener('drop', stop, true);
  document.addEventListener('submit', stop, true);
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.isComposing) return;
      if (event.key !== 'Tab') event.preventDefault();
      onKey({
        type: 'key', key: event.key, code: event.code,
        shiftKey: event.shiftKey, altKey: event.altKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey,
      });
    },
    true,
  );
}
