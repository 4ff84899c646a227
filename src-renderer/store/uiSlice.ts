import type { Deck } from '../../src-shared/deck';
import type { AlertMessage, FieldHint, Panels, SelectMode, SourceView, StatementRef } from './types';
import type { SliceCreator } from './editorState';

/** Selection, panels and alerts: view state that is never undone. */
export interface UiSlice {
  /** Selected slide ids, in deck order. */
  selectedIds: string[];
  /** The slide shown in the slide editor and the preview (also the keyboard focus in the slide list). */
  focusedId: string | null;
  /** Where a Shift+click range starts. */
  anchorId: string | null;
  panels: Panels;
  alert: AlertMessage | null;
  /**
   * Click semantics of a slide list (PowerPoint): `replace` selects only `id`; `toggle` (Ctrl/Cmd+click) adds or
   * removes it; `range` (Shift+click) selects from the anchor to `id`. Unknown ids are ignored.
   */
  selectSlide(id: string, mode?: SelectMode): void;
  /** Set the selection directly (e.g. after duplicating: select the copies). Unknown ids are dropped. */
  setSelection(ids: string[], focusedId?: string | null): void;
  selectAll(): void;
  /**
   * Drop ids of slides that no longer exist and refocus: when the focused slide was removed, the slide now at its
   * old index in `previous` (the deck before the change) is focused. Called after every document change.
   */
  pruneSelection(previous?: Deck | null): void;
  setPanel(name: keyof Panels, open?: boolean): void;
  /** Show a message in the alert region; returns its id. */
  showAlert(kind: AlertMessage['kind'], message: string): number;
  /** Dismiss the alert (only if it is still the one with `id`, when given). */
  dismissAlert(id?: number): void;
  /**
   * The statement whose field has focus, or had it last, in the slide editor (the Source panel cites on it); null
   * when the last field focused there was not a statement's (then the Source panel cites on the slide).
   */
  currentStatement: StatementRef | null;
  setCurrentStatement(ref: StatementRef | null): void;
  sourceView: SourceView;
  /**
   * Open the Source panel on `sourceId`'s paragraphs and go to `paragraphs` (the first is scrolled to and focused);
   * with no paragraphs, just show that source.
   */
  openSource(sourceId: string, paragraphs?: readonly number[]): void;
  /** Makes `sourceId` the source the Source panel shows, without opening or closing the panel (after an import). */
  chooseSource(sourceId: string): void;
  /** The hint of an empty field (the passage to paraphrase), or null. */
  fieldHint: FieldHint | null;
  setFieldHint(hint: FieldHint | null): void;
}

let alertSeq = 0;

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => {
  const order = (): string[] => get().deck?.slides.map((s) => s.id) ?? [];
  const inDeckOrder = (ids: Set<string>): string[] => order().filter((id) => ids.has(id));

  return {
    selectedIds: [],
    focusedId: null,
    anchorId: null,
    panels: { slides: true, inspector: true, notes: true, settings: false, preview: true, tradecraft: false, sources: false, coverage: false, review: false, theme: false },
    currentStatement: null,
    sourceView: { sourceId: null, paragraphs: [], seq: 0 },
    fieldHint: null,
    alert: null,

    selectSlide(id, mode = 'replace') {
      const ids = order();
      if (!ids.includes(id)) return;
      const { selectedIds, anchorId } = get();
      if (mode === 'toggle') {
        const next = new Set(selectedIds);
        if (next.has(id) && next.size > 1) next.delete(id);
        else next.add(id);
        const focusedId = next.has(id) ? id : inDeckOrder(next)[0];
        set({ selectedIds: inDeckOrder(next), focusedId, anchorId: id });
      } else if (mode === 'range' && anchorId && ids.includes(anchorId)) {
        const [a, b] = [ids.indexOf(anchorId), ids.indexOf(id)].sort((x, y) => x - y);
        set({ selectedIds: ids.slice(a, b + 1), focusedId: id });
      } else {
        set({ selectedIds: [id], focusedId: id, anchorId: id });
      }
    },

    setSelection(ids, focusedId) {
      const selected = inDeckOrder(new Set(ids));
      const focus = focusedId && selected.includes(focusedId) ? focusedId : (selected[0] ?? null);
      set({ selectedIds: selected, focusedId: focus, anchorId: focus });
    },

    selectAll() {
      const ids = order();
      set({ selectedIds: ids, focusedId: get().focusedId ?? ids[0] ?? null });
    },

    pruneSelection(previous) {
      const ids = order();
      const present = new Set(ids);
      const { selectedIds, focusedId, anchorId } = get();
      const kept = selectedIds.filter((id) => present.has(id));
      if (kept.length === selectedIds.length && (!focusedId || present.has(focusedId))) return;
      let focus = focusedId && present.has(focusedId) ? focusedId : (kept[0] ?? null);
      if (!focus && ids.length > 0) {
        // The focused slide was removed: focus the slide now at its old position (PowerPoint does the same).
        const prevIndex = Math.max(0, previous?.slides.findIndex((s) => s.id === focusedId) ?? 0);
        focus = ids[Math.min(prevIndex, ids.length - 1)];
      }
      set({
        selectedIds: kept.length ? kept : focus ? [focus] : [],
        focusedId: focus,
        anchorId: anchorId && present.has(anchorId) ? anchorId : focus,
      });
    },

    setPanel(name, open) {
      const panels = get().panels;
      set({ panels: { ...panels, [name]: open ?? !panels[name] } });
    },

    showAlert(kind, message) {
      const id = ++alertSeq;
      set({ alert: { id, kind, message } });
      return id;
    },

    dismissAlert(id) {
      const alert = get().alert;
      if (alert && (id === undefined || alert.id === id)) set({ alert: null });
    },

    setCurrentStatement(ref) {
      const now = get().currentStatement;
      if (JSON.stringify(now) !== JSON.stringify(ref)) set({ currentStatement: ref });
    },

    openSource(sourceId, paragraphs = []) {
      const { panels, sourceView } = get();
      set({
        panels: { ...panels, sources: true, coverage: false },
        sourceView: { sourceId, paragraphs: [...paragraphs], seq: sourceView.seq + 1 },
      });
    },

    chooseSource(sourceId) {
      set({ sourceView: { sourceId, paragraphs: [], seq: get().sourceView.seq + 1 } });
    },

    setFieldHint(hint) {
      set({ fieldHint: hint });
    },
  };
};
