import { editorStore, selectDirty, useEditor, useUndoLabels } from '../store';
import { runAction } from './actions';
import { useOpenFindingCount } from '../tradecraft';
import { SidePanelButtons } from './SidePanelButtons';

/**
 * The app's toolbar: file actions, undo/redo with the action's name, present, export, deck settings, the Tradecraft
 * panel's toggle with the count of open findings, and the Source panel's toggle.
 */
export function Toolbar() {
  const hasDeck = useEditor((s) => s.deck !== null);
  const dirty = useEditor(selectDirty);
  const readOnly = useEditor((s) => s.file.readOnly);
  const fileName = useEditor((s) => (s.deck ? s.file.path?.split(/[\\/]/).pop() || 'Not saved yet' : ''));
  const settingsOpen = useEditor((s) => s.panels.settings);
  const tradecraftOpen = useEditor((s) => s.panels.tradecraft);
  const sourcesOpen = useEditor((s) => s.panels.sources);
  const openFindings = useOpenFindingCount();
  const labels = useUndoLabels();
  const mod = /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';
  return (
    <header className="toolbar" role="toolbar" aria-label="BriefDeck">
      <span className="brand">BriefDeck</span>
      <button type="button" className="tb-btn" onClick={() => void runAction('new')} disabled={!hasDeck} title={`New from template (${mod}N)`}>New</button>
      <button type="button" className="tb-btn" onClick={() => void runAction('open')} title={`Open (${mod}O)`}>Open…</button>
      <button type="button" className="tb-btn" onClick={() => void runAction('importMarkdown')} title="A reveal.js Markdown file (.md) as a new deck">Import Markdown…</button>
      <button type="button" className="tb-btn" onClick={() => void runAction('importSource')} disabled={!hasDeck} title="An article (.html, .txt, .md, .docx, .pdf) as a source of this deck, after you review its paragraphs">Import source…</button>
      <button type="button" className="tb-btn" onClick={() => void runAction('addSourceFromLibrary')} disabled={!hasDeck} title="The deck's sources and their argument maps; add a source from your source library">Source library…</button>
      <button type="button" className="tb-btn" onClick={() => void runAction('save')} disabled={!hasDeck} title={`Save (${mod}S)`}>Save</button>
      <button type="button" className="tb-btn" onClick={() => void runAction('saveAs')} disabled={!hasDeck} title={`Save As (${mod}Shift+S)`}>Save As…</button>
      <span className="sep" />
      <button type="button" className="tb-btn" onClick={() => void runAction('undo')} disabled={!labels.undo} aria-label={labels.undo ? `Undo ${labels.undo}` : 'Undo'} title={`Undo (${mod}Z)`}>
        ↶ Undo
      </button>
      <button type="button" className="tb-btn" onClick={() => void runAction('redo')} disabled={!labels.redo} aria-label={labels.redo ? `Redo ${labels.redo}` : 'Redo'} title={`Redo (${mod}Y)`}>
        ↷ Redo
      </button>
      <span className="sep" />
      <button type="button" className="tb-btn" onClick={() => editorStore.getState().setPanel('settings')} disabled={!hasDeck} aria-pressed={settingsOpen}>Deck settings</button>
      <button
        type="button"
        className="tb-btn"
        onClick={() => editorStore.getState().setPanel('tradecraft')}
        disabled={!hasDeck}
        aria-pressed={tradecraftOpen}
        title="Tradecraft checks: estimative language, sourcing, marking"
      >
        Tradecraft{' '}
        {hasDeck ? (
          <>
            <span className={`tb-count${openFindings === 0 ? ' clear' : ''}`}>{openFindings}</span>
            <span className="visually-hidden">{openFindings === 1 ? ' open finding' : ' open findings'}</span>
          </>
        ) : null}
      </button>
      <button type="button" className="tb-btn" onClick={() => editorStore.getState().setPanel('sources')} disabled={!hasDeck} aria-pressed={sourcesOpen} title="Source panel: read, search and cite a source's paragraphs; coverage">
        Sources
      </button>
      <SidePanelButtons hasDeck={hasDeck} />
      <button type="button" className="tb-btn" onClick={() => void runAction('export')} disabled={!hasDeck}>Export…</button>
      <span className="spacer" />
      {hasDeck && (
        <>
          <span className="doc-title" title={fileName}>{fileName}</span>
          {readOnly && <span className="badge">Read-only</span>}
          {dirty && <span className="badge dirty">Unsaved</span>}
        </>
      )}
      <button type="button" className="tb-btn primary" onClick={() => void runAction('present')} disabled={!hasDeck} title="Present from the start (F5); Shift+F5 from the current slide">
        ▶ Present
      </button>
    </header>
  );
}
