import { useId, useMemo, type KeyboardEvent } from 'react';
import { sourceCoverage } from '../../src-shared/coverage';
import { formatCitation } from '../../src-shared/sources';
import { useArgumentMaps } from '../editor/citations/useArgumentMaps';
import { editorStore, useEditor } from '../store';
import { CoverageView } from './CoverageView';
import { ParagraphsView } from './ParagraphsView';
import { panelSource } from './sourceParagraphs';
import './sources.css';
import { PanelHead } from '../app/panes/PanelHead';

const TABS = [
  { id: 'paragraphs', label: 'Paragraphs', coverage: false },
  { id: 'coverage', label: 'Coverage', coverage: true },
] as const;

/**
 * The Source panel beside the slide editor: a source of the deck (a select when there are several), then either its
 * paragraphs (to read, search and cite by selecting text) or its Coverage (what the deck cites of it). Tabs follow
 * the WAI-ARIA tabs pattern (arrow keys move between them).
 */
export function SourcePanel() {
  const deck = useEditor((s) => s.deck);
  // A deck swap starts the paragraph list afresh (its focused paragraph and selection bar belong to the old deck).
  const deckLoads = useEditor((s) => s.deckLoads);
  const view = useEditor((s) => s.sourceView);
  const coverageTab = useEditor((s) => s.panels.coverage);
  const { maps } = useArgumentMaps();
  const selectId = useId();
  const tabsId = useId();
  const sources = useMemo(() => deck?.sources ?? [], [deck?.sources]);
  const source = sources.find((s) => s.id === view.sourceId) ?? sources[0];
  const shown = useMemo(() => (source ? panelSource(source, maps) : null), [source, maps]);
  const coverage = useMemo(() => (deck && source && coverageTab ? sourceCoverage(deck, maps).find((c) => c.sourceId === source.id) : undefined), [deck, source, maps, coverageTab]);
  if (!deck) return null;

  const setTab = (toCoverage: boolean) => editorStore.getState().setPanel('coverage', toCoverage);
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next = e.key === 'Home' ? false : e.key === 'End' ? true : !coverageTab;
    setTab(next);
    document.getElementById(`${tabsId}-${next ? 'coverage' : 'paragraphs'}`)?.focus();
  };

  return (
    <section className="pane sp-panel" aria-labelledby="sp-title">
      <PanelHead id="sp-title" name="Source" panel="sources" />
      {!source || !shown ? (
        <p className="empty-note">This deck has no sources yet.</p>
      ) : (
        <>
          <div className="sp-top">
            {sources.length > 1 ? (
              <>
                <label htmlFor={selectId} className="bd-sr-only">
                  Source
                </label>
                <select id={selectId} value={source.id} onChange={(e) => editorStore.setState({ sourceView: { sourceId: e.target.value, paragraphs: [], seq: view.seq } })}>
                  {sources.map((s) => (
                    <option key={s.id} value={s.id}>
                      {formatCitation({ sourceId: s.id, paragraphs: [] }, s)}: {s.title}
                    </option>
                  ))}
                </select>
              </>
            ) : (
              <p className="sp-title">{source.title}</p>
            )}
            <div role="tablist" aria-label="Source views" className="sp-tabs">
              {TABS.map((t) => (
                <button
                  key={t.id}
                  id={`${tabsId}-${t.id}`}
                  type="button"
                  role="tab"
                  aria-selected={coverageTab === t.coverage}
                  aria-controls={`${tabsId}-panel`}
                  tabIndex={coverageTab === t.coverage ? 0 : -1}
                  onClick={() => setTab(t.coverage)}
                  onKeyDown={onTabKey}
                >
                  {t.label}
                </button>
              ))}
            </div>
          </div>
          <div className="pane-body sp-body" role="tabpanel" id={`${tabsId}-panel`} aria-labelledby={`${tabsId}-${coverageTab ? 'coverage' : 'paragraphs'}`}>
            {coverageTab ? coverage ? <CoverageView coverage={coverage} /> : null : <ParagraphsView key={`${deckLoads}:${source.id}`} sourceId={source.id} shown={shown} />}
          </div>
        </>
      )}
    </section>
  );
}
