import { editorStore, useEditor } from '../store';

/** Opens one of the right column's Review and Theme panels (closing the other and the Tradecraft panel), or closes it. */
function toggle(name: 'review' | 'theme'): void {
  const store = editorStore.getState();
  const opening = !store.panels[name];
  if (opening) {
    store.setPanel('tradecraft', false);
    store.setPanel(name === 'review' ? 'theme' : 'review', false);
  }
  store.setPanel(name, opening);
}

/** The toolbar's Review toggle (with the deck's count of open comments) and Theme toggle. */
export function SidePanelButtons({ hasDeck }: { hasDeck: boolean }) {
  const reviewOpen = useEditor((s) => s.panels.review);
  const themeOpen = useEditor((s) => s.panels.theme);
  const open = useEditor((s) => (s.deck?.comments ?? []).filter((c) => !c.resolved).length);
  return (
    <>
      <button type="button" className="tb-btn" onClick={() => toggle('review')} disabled={!hasDeck} aria-pressed={reviewOpen} title="Review comments on the slides: add, reply, resolve">
        Review{' '}
        {hasDeck ? (
          <>
            <span className={`tb-count${open === 0 ? ' clear' : ''}`}>{open}</span>
            <span className="visually-hidden">{open === 1 ? ' open comment' : ' open comments'}</span>
          </>
        ) : null}
      </button>
      <button type="button" className="tb-btn" onClick={() => toggle('theme')} disabled={!hasDeck} aria-pressed={themeOpen} title="The deck's theme and brand: apply or save a theme file">
        Theme
      </button>
    </>
  );
}
