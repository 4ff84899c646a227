import { SlideList } from '../slideList/SlideList';
import { PreviewPanel } from '../preview/PreviewPanel';
import { TradecraftChecks, TradecraftPanel } from '../tradecraft';
import { useEditor } from '../store';
import { SlideEditorPane } from './SlideEditorPane';
import { NotesPanel } from './NotesPanel';
import { CurrentStatementTracker, SourcePanel } from '../sources';
import { ReviewPanel } from '../review/ReviewPanel';
import { ThemePanel } from '../theme/ThemePanel';

/**
 * The editor screen: slide list | slide editor | Source panel (when open) | preview over the Tradecraft panel (when
 * open; or the Review or Theme panel in its place) over speaker notes. The Tradecraft panel shares the right column, so the slide editor keeps its width; the
 * Source panel sits beside the slide editor, where a passage is read and cited.
 */
export function EditorScreen() {
  const tradecraft = useEditor((s) => s.panels.tradecraft);
  const sources = useEditor((s) => s.panels.sources);
  const review = useEditor((s) => s.panels.review);
  const theme = useEditor((s) => s.panels.theme);
  const sidePanel = tradecraft || review || theme;
  return (
    <main className={`editor-screen${sidePanel ? ' with-tradecraft' : ''}${sources ? ' with-sources' : ''}`} aria-label="Editor">
      <TradecraftChecks />
      <CurrentStatementTracker />
      <SlideList />
      <SlideEditorPane />
      {sources ? <SourcePanel /> : null}
      <div className="pane side">
        <PreviewPanel />
        {tradecraft ? <TradecraftPanel /> : review ? <ReviewPanel /> : theme ? <ThemePanel /> : null}
        <NotesPanel />
      </div>
    </main>
  );
}
