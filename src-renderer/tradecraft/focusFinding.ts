import type { Finding } from '../../src-shared/tradecraft';
import { editorStore } from '../store';
import { fieldTargets } from './fieldTargets';

/** How many animation frames to wait for the slide editor to show the finding's slide (about half a second). */
const MAX_FRAMES = 30;

/** The first of `targets` inside the slide editor of `slideId` (speaker notes sit outside it, in the notes pane). */
function findInput(slideId: string, targets: readonly string[]): HTMLElement | null {
  const editor = document.querySelector(`.bd-editor[data-slide-id="${CSS.escape(slideId)}"]`);
  if (!editor) return null;
  for (const target of targets) {
    const scope: ParentNode = target === 'notes' ? document : editor;
    const el = scope.querySelector<HTMLElement>(`[data-field="${CSS.escape(target)}"]`);
    if (el) return el;
  }
  return null;
}

/**
 * Jumps to a finding: selects its slide, then focuses the input its `field` points at (see fieldTargets) once the
 * slide editor shows that slide, and scrolls it into view. A deck-wide finding (the banner, the authority block, the
 * mixed-terms note) opens the deck settings, where those are set.
 */
export function focusFinding(finding: Pick<Finding, 'rule' | 'field' | 'slideId'>): void {
  const store = editorStore.getState();
  if (finding.slideId === '') {
    store.setPanel('settings', true);
    return;
  }
  store.selectSlide(finding.slideId, 'replace');
  const targets = fieldTargets(finding);
  let frames = MAX_FRAMES;
  const attempt = () => {
    const input = findInput(finding.slideId, targets);
    if (input) {
      input.focus();
      input.scrollIntoView({ block: 'nearest' });
    } else if (frames-- > 0) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
