import { SlideList } from '../slideList/SlideList';
import { PreviewPanel } from '../preview/PreviewPanel';
import { TradecraftChecks, TradecraftPanel } from '../tradecraft';
import { useEditor } from '../store';
import { SlideEditorPane } from './SlideEditorPane';
import { NotesPanel } from './NotesPanel';
import { CurrentStatementTracker, SourcePanel } from '../sources';

/**
 * The editor screen: slide list | slide editor | Source panel (when open) | preview over the Tradecraft panel (when
 * open) over speaker notes. The Tradecraft panel shares the right column, so the slide editor keeps its width; the
 * Source panel sits beside the slide editor, where a passage is read and cited.
 */
export function EditorScreen() {
  const tradecraft = useEditor((s) => s.panels.tradecraft);
  const sources = useEditor((s) => s.panels.sources);
  return (
    <main className={`editor-screen${tradecraft ? ' with-tradecraft' : ''}${sources ? ' with-sources' : ''}`} aria-label="Editor">
      <TradecraftChecks />
      <CurrentStatementTracker />
      <SlideList />
      <SlideEditorPane />
      {sources ? <SourcePanel /> : null}
      <div className="pane side">
        <PreviewPanel />
        {tradecraft ? <TradecraftPanel /> : null}
        <NotesPanel />
      </div>
    </main>
  );
}
