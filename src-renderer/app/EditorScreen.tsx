import { SlideList } from '../slideList/SlideList';
import { PreviewPanel } from '../preview/PreviewPanel';
import { SlideEditorPane } from './SlideEditorPane';
import { NotesPanel } from './NotesPanel';

/** The editor screen: slide list | slide editor | preview over speaker notes. */
export function EditorScreen() {
  return (
    <main className="editor-screen" aria-label="Editor">
      <SlideList />
      <SlideEditorPane />
      <div className="pane side">
        <PreviewPanel />
        <NotesPanel />
      </div>
    </main>
  );
}
