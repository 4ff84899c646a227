import type { Panels } from '../../store';
import { editorStore } from '../../store';

/**
 * The head of a side panel (Source, Tradecraft, Review, Theme): its name, with the id the panel's section is
 * labelled by (`aria-labelledby`), and a × that closes the panel (`setPanel(panel, false)`) named "Close the <name>
 * panel" for a screen reader.
 */
export function PanelHead({ id, name, panel }: { id: string; name: string; panel: keyof Panels }) {
  return (
    <div className="pane-head">
      <span id={id}>{name}</span>
      <span className="spacer" />
      <button type="button" className="icon-btn" aria-label={`Close the ${name} panel`} onClick={() => editorStore.getState().setPanel(panel, false)}>
        ×
      </button>
    </div>
  );
}
