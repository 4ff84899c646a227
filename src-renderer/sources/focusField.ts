/** How many animation frames to wait for the slide editor to show a new field (about half a second). */
const MAX_FRAMES = 30;

/**
 * Focuses the slide editor's input with `data-field="<field>"` on slide `slideId` once it is shown (a new bullet
 * appears after the next render), and scrolls it into view. Gives up quietly after about half a second.
 */
export function focusField(slideId: string, field: string): void {
  let frames = MAX_FRAMES;
  const attempt = () => {
    const editor = document.querySelector(`.bd-editor[data-slide-id="${CSS.escape(slideId)}"]`);
    const input = editor?.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
    if (input) {
      input.focus();
      input.scrollIntoView({ block: 'nearest' });
    } else if (frames-- > 0) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
