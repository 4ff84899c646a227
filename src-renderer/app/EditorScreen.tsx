import type { CSSProperties } from 'react';
import { SlideList } from '../slideList/SlideList';
import { PreviewPanel } from '../preview/PreviewPanel';
import { TradecraftChecks, TradecraftPanel } from '../tradecraft';
import { useEditor } from '../store';
import { SlideEditorPane } from './SlideEditorPane';
import { NotesPanel } from './NotesPanel';
import { CurrentStatementTracker, SourcePanel } from '../sources';
import { PaneHandle } from './panes/PaneHandle';
import { PANE_LIMITS, usePaneSizes } from './panes/usePaneSizes';
import './panes/panes.css';
import { ReviewPanel } from '../review/ReviewPanel';
import { ThemePanel } from '../theme/ThemePanel';

/**
 * The editor screen puts the slide first: the slide list | the large slide (edited on the slide) over the speaker
 * notes | the Source panel (when open) | the inspector (the slide's form, for what the slide does not show: kind,
 * likelihood, confidence, citations, portion marking, build) over the Tradecraft panel (when open; or the Review or
 * Theme panel in its place: opening one closes the others). The slide list,
 * notes and inspector can each be hidden (the buttons under the slide) and resized (the handles between panes).
 */
export function EditorScreen() {
  const panels = useEditor((s) => s.panels);
  const side = panels.tradecraft ? <TradecraftPanel /> : panels.review ? <ReviewPanel /> : panels.theme ? <ThemePanel /> : null;
  const [sizes, setSize] = usePaneSizes();
  const style = { '--slides-w': `${sizes.slides}px`, '--inspector-w': `${sizes.inspector}px`, '--notes-h': `${sizes.notes}px` } as CSSProperties;
  const handle = (key: keyof typeof sizes, label: string, orientation: 'vertical' | 'horizontal', direction: 1 | -1) => (
    <PaneHandle label={label} orientation={orientation} direction={direction} value={sizes[key]} min={PANE_LIMITS[key].min} max={PANE_LIMITS[key].max} onChange={(v) => setSize(key, v)} />
  );
  return (
    <main className={`editor-screen${side ? ' with-tradecraft' : ''}${panels.sources ? ' with-sources' : ''}`} aria-label="Editor" style={style}>
      <TradecraftChecks />
      <CurrentStatementTracker />
      {panels.slides ? (
        <>
          <div className="slides-column">
            <SlideList />
          </div>
          {handle('slides', 'Resize the slide list', 'vertical', 1)}
        </>
      ) : null}
      <div className="stage-column">
        <PreviewPanel />
        {panels.notes ? (
          <>
            {handle('notes', 'Resize the speaker notes', 'horizontal', -1)}
            <div className="notes-row">
              <NotesPanel />
            </div>
          </>
        ) : null}
      </div>
      {panels.sources ? <SourcePanel /> : null}
      {panels.inspector ? (
        <>
          {handle('inspector', 'Resize the inspector', 'vertical', -1)}
          <div className="pane side inspector-column">
            <SlideEditorPane />
            {side}
          </div>
        </>
      ) : side ? (
        <div className="pane side inspector-column">{side}</div>
      ) : null}
    </main>
  );
}
