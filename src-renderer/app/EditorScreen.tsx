import { SlideList } from '../slideList/SlideList';
import { PreviewPanel } from '../preview/PreviewPanel';
import { TradecraftChecks, TradecraftPanel } from '../tradecraft';
import { useEditor } from '../store';
import { SlideEditorPane } from './SlideEditorPane';
import { NotesPanel } from './NotesPanel';

/**
 * The editor screen: slide list | slide editor | preview over the Tradecraft panel (when open) over speaker notes. The
 * panel shares the right column, so the slide editor keeps its width.
 */
export function EditorScreen() {
  const tradecraft = useEditor((s) => s.panels.tradecraft);
  return (
    <main className={`editor-screen${tradecraft ? ' with-tradecraft' : ''}`} aria-label="Editor">
      <TradecraftChecks />
      <SlideList />
      <SlideEditorPane />
      <div className="pane side">
        <PreviewPanel />
        {tradecraft ? <TradecraftPanel /> : null}
        <NotesPanel />
      </div>
    </main>
  );
}
