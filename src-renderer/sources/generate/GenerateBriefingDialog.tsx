import { useId, useState } from 'react';
import { deckFromSource, SHAPE_DESCRIPTIONS, SOURCE_SHAPES, type SourceShape } from '../../../src-shared/generate';
import { confirmDiscard, showDeck } from '../../app/fileActions';
import { Dialog } from '../../editor/fields/Dialog';
import { editorStore, useEditor } from '../../store';
import '../sources.css';

/** Props of {@link GenerateBriefingDialog}: the deck source to start from (default: the first with text). */
export interface GenerateBriefingDialogProps {
  sourceId?: string;
  onClose: () => void;
}

const NO_SOURCES: never[] = [];

/**
 * Generate briefing: pick a source of the deck that carries its text, and a shape (SOURCE_SHAPES, after the
 * built-in templates); the briefing is made from the source's argument map, or, with no map yet, as a skeleton by
 * section (deckFromSource). It opens as a new, unsaved deck that carries the source; the key judgments, and the
 * skeleton's lines, are left to write, and the Tradecraft panel names each ("statement-to-do"). Unsaved changes
 * to the open deck are asked about first.
 */
export function GenerateBriefingDialog({ sourceId, onClose }: GenerateBriefingDialogProps) {
  const sources = useEditor((s) => s.deck?.sources ?? NO_SOURCES).filter((s) => (s.paragraphs?.length ?? 0) > 0);
  const [chosen, setChosen] = useState(sourceId ?? sources[0]?.id ?? '');
  const [shape, setShape] = useState<SourceShape>('full-briefing');
  const id = useId();
  const source = sources.find((s) => s.id === chosen);
  const mapSize = source?.arguments?.length ?? 0;

  const generate = async () => {
    if (!source) return;
    const date = new Date().toISOString().slice(0, 10);
    const deck = deckFromSource(source, shape, { date });
    onClose();
    if (!(await confirmDiscard('generate a new briefing'))) return;
    showDeck(deck, { path: null, hash: null }, true);
    editorStore.getState().showAlert('info', `Generated “${deck.title}” (${SHAPE_DESCRIPTIONS[shape].name}) from ${mapSize > 0 ? 'its argument map' : 'its sections: no argument map yet'}. The key judgments are yours to write: the Tradecraft panel lists each placeholder.`);
  };

  return (
    <Dialog title="Generate briefing" onClose={onClose} className="src-generate-dialog">
      {sources.length === 0 ? (
        <p className="bd-hint">No source of this deck carries its text: import a source first (Import source…).</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void generate();
          }}
        >
          <div className="src-field src-field-wide">
            <label htmlFor={`${id}-source`}>Source</label>
            <select id={`${id}-source`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>{s.title}</option>
              ))}
            </select>
            <span className="bd-hint" role="status">
              {mapSize > 0 ? `From its argument map: ${mapSize} argument${mapSize === 1 ? '' : 's'}.` : 'No argument map yet: a skeleton with a slide per section, its bullets for you to write.'}
            </span>
          </div>
          <fieldset className="src-shapes">
            <legend>Shape</legend>
            {SOURCE_SHAPES.map((s) => (
              <label key={s} className="src-shape">
                <input type="radio" name={`${id}-shape`} value={s} checked={shape === s} onChange={() => setShape(s)} />
                <span>
                  <strong>{SHAPE_DESCRIPTIONS[s].name}</strong> <span className="bd-hint">{SHAPE_DESCRIPTIONS[s].purpose}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <p className="bd-hint">The briefing opens as a new deck. Its statements cite the source by paragraph; its key judgments are placeholders for you to write.</p>
          <div className="bd-dialog-actions">
            <button type="button" className="bd-btn" onClick={onClose}>Cancel</button>
            <button type="submit" className="bd-btn bd-btn-primary">Generate</button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
