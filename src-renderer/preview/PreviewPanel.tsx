import { useMemo, useRef, useState } from 'react';
import { SlideFrame, type SlideFrameState } from '../slideFrame';
import { editorStore, selectFocusedIndex, useEditor } from '../store';
import { useDebouncedValue } from '../slideList/useDebouncedValue';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { updateDeckSections, type DeckSections } from './incrementalSections';

/** The preview follows edits after this quiet time (ms): typing never waits for the whole-deck render. */
export const PREVIEW_DELAY_MS = 200;

/**
 * The live preview: the focused slide rendered by reveal.js in sandboxed slide frame, from the same
 * `renderDeckHtml` output as the exports (kept up to date slide by slide: incrementalSections.ts), mounted once the
 * editor has painted. Step through build steps (fragments)
 * with the buttons.
 */
export function PreviewPanel() {
  const deck = useEditor((s) => s.deck)!;
  const index = useEditor(selectFocusedIndex);
  const shownDeck = useDebouncedValue(deck, PREVIEW_DELAY_MS);
  const painted = useAfterFirstPaint();
  const cache = useRef<DeckSections | null>(null);
  const frameSections = useMemo(() => {
    if (!painted) return [];
    cache.current = updateDeckSections(cache.current, shownDeck);
    return cache.current.sections;
  }, [painted, shownDeck]);
  const [state, setState] = useState<SlideFrameState | null>(null);
  const [fragment, setFragment] = useState<number | 'all'>('all');
  const slideIndex = Math.max(0, Math.min(index, shownDeck.slides.length - 1));
  const total = deck.slides.length;
  const go = (delta: number) => {
    const slides = editorStore.getState().deck?.slides ?? [];
    const next = slides[slideIndex + delta];
    if (next) editorStore.getState().selectSlide(next.id);
  };
  return (
    <section className="preview-box" aria-label="Preview">
      <div className="preview-stage">
        {painted && shownDeck.slides.length > 0 && (
          <SlideFrame deck={shownDeck} sections={frameSections} slideIndex={slideIndex} mode="preview" fragment={fragment} onState={setState} onSelect={(i) => { const s = editorStore.getState().deck?.slides[i]; if (s) editorStore.getState().selectSlide(s.id); }} title={`Preview of slide ${slideIndex + 1}`} />
        )}
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
      </div>
    </section>
  );
}
