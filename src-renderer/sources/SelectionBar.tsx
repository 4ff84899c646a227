import { formatParagraphs } from '../../src-shared/sources';
import { editorStore, useEditor } from '../store';
import { citeDestination, citeOnCurrent, newBulletFromPick, newBulletPlace, type SourcePick } from './citeActions';
import { statementName } from './statementOfField';

/** Longest passage shown in the bar, in characters (the whole passage still goes into the new bullet's hint). */
const SHOWN_PASSAGE = 140;

/**
 * The action bar under the paragraphs, shown while a passage is selected (or a paragraph has focus): "Cite ¶N on
 * <current statement>" and "New reporting bullet from ¶N". Pressing a button keeps the selection (mousedown does not
 * move it), so the bar acts on what the user sees selected. On a layout without bullets the second action is
 * disabled and its title says why.
 */
export function SelectionBar({ pick }: { pick: SourcePick }) {
  // Re-render when the slide shown or the current statement changes (the labels name them).
  useEditor((s) => s.focusedId);
  useEditor((s) => s.currentStatement);
  useEditor((s) => s.deck);
  const dest = citeDestination(editorStore.getState());
  const ref = formatParagraphs(pick.paragraphs);
  const place = dest ? newBulletPlace(dest.slide, dest.target) : { reason: 'Select a slide first.' };
  const blocked = 'reason' in place ? place.reason : null;
  const passage = pick.passage.length > SHOWN_PASSAGE ? `${pick.passage.slice(0, SHOWN_PASSAGE)}…` : pick.passage;
  return (
    <div className="sp-bar" role="group" aria-label="Cite the selection" onMouseDown={(e) => e.preventDefault()}>
      <p className="sp-bar-what">
        <strong>{ref}</strong>
        {passage ? <span className="sp-bar-passage"> “{passage}”</span> : null}
      </p>
      <div className="sp-bar-actions">
        <button type="button" className="bd-btn bd-btn-primary" disabled={!dest} onClick={() => citeOnCurrent(pick)}>
          Cite {ref} on {dest ? statementName(dest.target) : 'the slide'}
        </button>
        <button type="button" className="bd-btn" disabled={blocked !== null} title={blocked ?? 'An empty reporting bullet citing it: write it in your own words'} onClick={() => newBulletFromPick(pick)}>
          New reporting bullet from {ref}
        </button>
      </div>
    </div>
  );
}
