import { useEditor } from '../store';
import { addSlideAfterFocus, deleteSelection, duplicateSelection, toggleHiddenSelection } from './slideOps';

/** The slide list's header: count, and New / Duplicate / Delete / Hide for the selected slides. */
export function SlideListToolbar({ count }: { count: number }) {
  const selectedCount = useEditor((s) => s.selectedIds.length);
  const allHidden = useEditor((s) => {
    const chosen = new Set(s.selectedIds);
    const slides = s.deck?.slides.filter((sl) => chosen.has(sl.id)) ?? [];
    return slides.length > 0 && slides.every((sl) => sl.hidden);
  });
  const none = selectedCount === 0;
  const many = selectedCount > 1 ? ` ${selectedCount} slides` : ' slide';
  return (
    <div className="pane-head" role="toolbar" aria-label="Slide actions">
      <span>Slides</span>
      <span className="badge" aria-label={`${count} slides`}>{count}</span>
      <span className="spacer" />
      <button type="button" className="icon-btn" onClick={addSlideAfterFocus} aria-label="New slide after the current one" title="New slide">+</button>
      <button type="button" className="icon-btn" onClick={duplicateSelection} disabled={none} aria-label={`Duplicate${many}`} title="Duplicate (Ctrl+D)">⧉</button>
      <button type="button" className="icon-btn" onClick={toggleHiddenSelection} disabled={none} aria-pressed={allHidden} aria-label={`Hide${many} (backup)`} title="Hide: a backup slide, skipped when presenting">
        {allHidden ? 'Show' : 'Hide'}
      </button>
      <button type="button" className="icon-btn" onClick={deleteSelection} disabled={none || selectedCount >= count} aria-label={`Delete${many}`} title="Delete (Del)">🗑</button>
    </div>
  );
}
