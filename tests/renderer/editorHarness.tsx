/**
 * Mounts the slide editor over a real editor store (the createEditorStore) and the real pure commands, so component
 * tests see exactly what a user would: the deck after each edit, the undo steps, the rendered fields.
 */
import { useStore } from 'zustand';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeckSchema, type Deck, type DeckInput } from '../../src-shared/deck';
import { ArgumentMapSchema, type ArgumentMap } from '../../src-shared/sources';
import { SlideEditorView } from '../../src-renderer/editor/SlideEditorView';
import { createEditorStore, selectFocusedSlide, type DeckCommand, type DispatchOptions, type EditorStore } from '../../src-renderer/store';
import { render, type Rendered } from './editorTestKit';

/** The built-in argument map of the MEI article (templates/arguments), parsed. */
export const MEI_MAP: ArgumentMap = ArgumentMapSchema.parse(
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../templates/arguments/mei-2023-turkey-iran.json'), 'utf8')),
);

/** A deck from `input` with schema defaults applied. */
export function makeDeck(input: Omit<DeckInput, 'schemaVersion'>): Deck {
  return DeckSchema.parse({ schemaVersion: 2, ...input });
}

function Connected({ store, maps }: { store: EditorStore; maps: ArgumentMap[] }) {
  const deck = useStore(store, (s) => s.deck);
  const slide = useStore(store, selectFocusedSlide);
  if (!deck || !slide) return null;
  return (
    <SlideEditorView
      deck={deck}
      slide={slide}
      argumentMaps={{ maps, loading: false, error: null }}
      onCommand={<A,>(command: DeckCommand<A>, args: A, options?: DispatchOptions) => store.getState().dispatch(command, args, options)}
      onInserted={(ids) => store.getState().setSelection(ids, ids[0])}
    />
  );
}

export interface EditorHarness extends Rendered {
  store: EditorStore;
  /** The deck now in the store. */
  deck(): Deck;
  /** Names of the commands dispatched so far, in order. */
  commands: string[];
  /** Number of undo steps recorded. */
  undoSteps(): number;
}

/** Loads `deck` into a fresh store, focuses slide `focusId` (default: the first) and renders the editor. */
export function renderEditor(deck: Deck, focusId?: string, maps: ArgumentMap[] = [MEI_MAP]): EditorHarness {
  let t = 0;
  const store = createEditorStore({ clock: () => (t += 10) });
  store.getState().loadDeck(deck);
  if (focusId) store.getState().setSelection([focusId], focusId);
  const commands: string[] = [];
  const dispatch = store.getState().dispatch;
  store.setState({
    dispatch: (command, args, options) => {
      commands.push(command.name);
      return dispatch(command, args, options);
    },
  });
  const rendered = render(<Connected store={store} maps={maps} />);
  return {
    ...rendered,
    store,
    commands,
    deck: () => store.getState().deck!,
    undoSteps: () => store.temporal.getState().pastStates.length,
  };
}
