import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SlideFrame, type SlideFrameField, type SlideFrameState } from '../slideFrame';
import { SlideTextEditor, slideTextField, type OnSlideTarget } from '../onSlide';
import { editorStore, selectFocusedIndex, useEditor } from '../store';
import { useDebouncedValue } from '../slideList/useDebouncedValue';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { ViewToggles } from '../app/panes/ViewToggles';
import { PREVIEW_RENDER_OPTIONS, updateDeckSections, type DeckSections } from './incrementalSections';

/** The preview follows edits after this quiet time (ms): typing never waits for the whole-deck render. */
export const PREVIEW_DELAY_MS = 200;

/**
 * The live preview: the focused slide rendered by reveal.js in sandboxed slide frame, from the same
 * `renderDeckHtml` output as the exports (kept up to date slide by slide: incrementalSections.ts), mounted once the
 * editor has painted. Step through build steps (fragments)
 * with the buttons. A click on a text of the slide edits it there (onSlide/SlideTextEditor.tsx): the frame reports the
 * field's path and box, checked here against the focused slide before a text box opens over it.
 */
export function PreviewPanel() {
  const deck = useEditor((s) => s.deck)!;
  const index = useEditor(selectFocusedIndex);
  const shownDeck = useDebouncedValue(deck, PREVIEW_DELAY_MS);
  const painted = useAfterFirstPaint();
  const cache = useRef<DeckSections | null>(null);
  const frameSections = useMemo(() => {
    if (!painted) return [];
    cache.current = updateDeckSections(cache.current, shownDeck, PREVIEW_RENDER_OPTIONS);
    return cache.current.sections;
  }, [painted, shownDeck]);
  const [state, setState] = useState<SlideFrameState | null>(null);
  const [fragment, setFragment] = useState<number | 'all'>('all');
  const [editing, setEditing] = useState<OnSlideTarget | null>(null);
  const focusedId = useEditor((s) => s.focusedId);
  useEffect(() => setEditing(null), [focusedId]); // another slide was chosen
  const onField = useCallback((field: SlideFrameField) => {
    const slide = editorStore.getState().deck?.slides.find((s) => s.id === field.slideId);
    // Only a text of the slide the editor shows, and only one the deck has: anything else from the frame is ignored.
    if (!slide || slide.id !== editorStore.getState().focusedId || !slideTextField(slide, field.path)) return;
    const target = { path: field.path, box: field.box, look: field.look };
    if (field.reason === 'click') setEditing(target);
    else setEditing((current) => (current && current.path === field.path ? target : current));
  }, []);
  const onMove = useCallback((path: string) => {
    // Until the frame has drawn the new field, the box waits just below the old one, where a new bullet appears.
    setEditing((current) => (current ? { ...current, path, box: { ...current.box, y: current.box.y + current.box.height } } : current));
  }, []);
  const onClose = useCallback(() => setEditing(null), []);
  const slideIndex = Math.max(0, Math.min(index, shownDeck.slides.length - 1));
  const total = deck.slides.length;
  const go = (delta: number) => {
    const slides = editorStore.getState().deck?.slides ?? [];
    const next = slides[slideIndex + delta];
    if (next) editorStore.getState().selectSlide(next.id);
  };
  return (
    <section className="preview-box" aria-label="Preview">
      <div className="preview-fit">
        <div className="preview-stage">
          {painted && shownDeck.slides.length > 0 && (
            <SlideFrame deck={shownDeck} sections={frameSections} slideIndex={slideIndex} mode="preview" fragment={fragment} onState={setState} onField={onField} editPath={editing?.path ?? null} onSelect={(i) => { const s = editorStore.getState().deck?.slides[i]; if (s) editorStore.getState().selectSlide(s.id); }} title={`Preview of slide ${slideIndex + 1}`} />
          )}
          {editing ? <SlideTextEditor target={editing} onMove={onMove} onClose={onClose} dir={deck.direction} /> : null}
        </div>
      </div>
      <div className="preview-nav">
        <button type="button" className="icon-btn" onClick={() => go(-1)} disabled={slideIndex <= 0} aria-label="Previous slide">‹</button>
        <span aria-live="polite">Slide {slideIndex + 1} of {total}{deck.slides[slideIndex]?.hidden ? ' (hidden)' : ''}</span>
        <button type="button" className="icon-btn" onClick={() => go(1)} disabled={slideIndex >= total - 1} aria-label="Next slide">›</button>
        <span className="spacer" style={{ flex: 1 }} />
        {state && state.fragmentsTotal > 0 && (
          <>
            <button type="button" className="icon-btn" onClick={() => setFragment(Math.max(0, (fragment === 'all' ? state.fragmentsTotal : fragment) - 1))} aria-label="Previous build step">−</button>
            <span>Build {fragment === 'all' ? state.fragmentsTotal : fragment}/{state.fragmentsTotal}</span>
            <button type="button" className="icon-btn" onClick={() => setFragment(fragment === 'all' ? 'all' : Math.min(state.fragmentsTotal, fragment + 1))} aria-label="Next build step">+</button>
            <button type="button" className="icon-btn" onClick={() => setFragment('all')} aria-label="Show all build steps">All</button>
          </>
        )}
        <ViewToggles />
      </div>
    </section>
  );
}
