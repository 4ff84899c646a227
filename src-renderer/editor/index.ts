/**
 * The slide editor (helper E2). `SlideEditorView` edits one slide through pure commands (`onCommand` = the store's
 * dispatch): layout picker, title, portion marking, hidden toggle, the layout's form, citations (chips, picker,
 * warnings) and "Insert from the argument map". `useArgumentMaps` loads the maps over `arguments:list`.
 */
export { SlideEditorView, type SlideEditorViewProps } from './SlideEditorView';
export { useArgumentMaps, loadArgumentMaps, type ArgumentMapsState } from './citations/useArgumentMaps';
export { CitationPicker } from './citations/CitationPicker';
export { CitationChips } from './citations/CitationChips';
export { InsertArgumentDialog } from './insert/InsertArgumentDialog';
export { LayoutPicker, LAYOUT_NAMES } from './LayoutPicker';
export type { Dispatch, SlideFormProps, CitingProps } from './SlideFormProps';
export { LIKELIHOOD_TERMS, CONFIDENCE_LEVELS } from './icd203';
