import { citationsOfTarget, citeParagraphs, newCitedBullet, type BulletListRef, type CitationTarget } from '../../src-shared/commands';
import type { Slide } from '../../src-shared/deck';
import { formatParagraphs } from '../../src-shared/sources';
import { editorStore, selectFocusedSlide, type EditorState } from '../store';
import { focusField } from './focusField';
import { fieldOfStatement, statementName } from './statementOfField';

/** What the user picked in the Source panel: paragraphs of one source, and the passage selected in them. */
export interface SourcePick {
  sourceId: string;
  /** Paragraph numbers, ascending (a selection across paragraphs gives all of them). */
  paragraphs: number[];
  /** The selected text (empty when a paragraph was picked without selecting text). */
  passage: string;
}

/**
 * Where a citation from the Source panel goes: the current statement when it is on the slide shown in the slide
 * editor and still exists there, else the slide itself. Null when no slide is shown.
 */
export function citeDestination(state: EditorState): { slide: Slide; target: CitationTarget } | null {
  const slide = selectFocusedSlide(state);
  if (!slide) return null;
  const current = state.currentStatement;
  if (current && current.slideId === slide.id && citationsOfTarget(slide, current.target)) return { slide, target: current.target };
  return { slide, target: { kind: 'slide' } };
}

/** Where a new reporting bullet goes on `slide`: after the current bullet of its list, or at the end; or why it cannot. */
export function newBulletPlace(slide: Slide, target: CitationTarget): { list: BulletListRef; index: number } | { reason: string } {
  const current = target.kind === 'bullet' ? (target.list ?? 'bullets') : null;
  if (slide.layout === 'bullets') return { list: 'bullets', index: current === 'bullets' && target.kind === 'bullet' ? target.index + 1 : slide.bullets.length };
  if (slide.layout === 'two-column') {
    const list: BulletListRef = current === 'right' ? 'right' : 'left';
    return { list, index: current === list && target.kind === 'bullet' ? target.index + 1 : slide[list].bullets.length };
  }
  return { reason: `A ${slide.layout} slide has no bullets: choose a bullets or two-column slide to add a reporting bullet.` };
}

function run(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    editorStore.getState().showAlert('error', err instanceof Error ? err.message : String(err));
  }
}

/** Cites the pick on the current statement (or the slide): one undo step "Cite ¶N"; announces where it went. */
export function citeOnCurrent(pick: SourcePick): void {
  run(() => {
    const state = editorStore.getState();
    const dest = citeDestination(state);
    if (!dest) throw new Error('Select a slide to cite on.');
    const before = state.deck;
    const after = state.dispatch(citeParagraphs(pick.sourceId, pick.paragraphs), { slideId: dest.slide.id, target: dest.target });
    const ref = formatParagraphs(pick.paragraphs);
    state.showAlert('info', after === before ? `${ref} is already cited on ${statementName(dest.target)}.` : `Cited ${ref} on ${statementName(dest.target)}.`);
  });
}

/**
 * Adds an empty reporting bullet citing the pick (one undo step "New bullet from ¶N"), focuses it, and shows the
 * passage as its placeholder ("Paraphrase: …") so the analyst writes it in their own words.
 */
export function newBulletFromPick(pick: SourcePick): void {
  run(() => {
    const state = editorStore.getState();
    const dest = citeDestination(state);
    if (!dest) throw new Error('Select a slide to add a bullet to.');
    const place = newBulletPlace(dest.slide, dest.target);
    if ('reason' in place) throw new Error(place.reason);
    const before = state.deck;
    const after = state.dispatch(newCitedBullet(pick.sourceId, pick.paragraphs), { slideId: dest.slide.id, list: place.list, index: place.index });
    if (after === before) throw new Error('This list is full: no bullet was added.');
    const field = fieldOfStatement({ kind: 'bullet', list: place.list, index: place.index })!;
    const hint = pick.passage.trim() || `${formatParagraphs(pick.paragraphs)} of the source`;
    state.setFieldHint({ slideId: dest.slide.id, field, text: hint });
    focusField(dest.slide.id, field);
  });
}
