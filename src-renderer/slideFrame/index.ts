/** The sandboxed slide frame: public entry. */
export { SlideFrame, SLIDE_FRAME_URL, type SlideFrameProps } from './SlideFrame';
export type { FrameMode, FrameBlackout, StateMessage as SlideFrameState, KeyMessage as SlideFrameKey, FieldMessage as SlideFrameField, FieldLook, FieldBox } from './protocol';
export { SLIDE_WIDTH_PX, SLIDE_HEIGHT_PX } from './revealConfig';
