/** The sandboxed slide frame: public entry. */
export { SlideFrame, SLIDE_FRAME_URL, type SlideFrameProps } from './SlideFrame';
export type { FrameMode, FrameBlackout, StateMessage as SlideFrameState, KeyMessage as SlideFrameKey } from './protocol';
export { SLIDE_WIDTH_PX, SLIDE_HEIGHT_PX } from './revealConfig';
