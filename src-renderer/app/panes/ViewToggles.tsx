import { editorStore, useEditor, type Panels } from '../../store';

const TOGGLES: { panel: keyof Panels; label: string; title: string }[] = [
  { panel: 'slides', label: 'Slides', title: 'Show or hide the slide list' },
  { panel: 'notes', label: 'Notes', title: 'Show or hide the speaker notes under the slide' },
  { panel: 'inspector', label: 'Inspector', title: 'Show or hide the inspector: layout, kind, likelihood, confidence, citations, portion marking, build' },
];

/** The view buttons under the large slide (as PowerPoint's status bar has them): each shows or hides one pane. */
export function ViewToggles() {
  const panels = useEditor((s) => s.panels);
  return (
    <span className="view-toggles" role="group" aria-label="Panes">
      {TOGGLES.map(({ panel, label, title }) => (
        <button key={panel} type="button" className="icon-btn view-toggle" aria-pressed={panels[panel]} title={title} onClick={() => editorStore.getState().setPanel(panel)}>
          {label}
        </button>
      ))}
    </span>
  );
}
