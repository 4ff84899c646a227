import type { RevealConfig } from 'reveal.js';
import type { FrameMode } from './protocol';

/** Slide size in CSS px (16:9). reveal.js scales the slide to fit the frame (config `width`/`height`). */
export const SLIDE_WIDTH_PX = 1280;
export const SLIDE_HEIGHT_PX = 720;

/**
 * The reveal.js configuration for one frame mode and text direction. Every option here is a documented reveal.js
 * config field (node_modules/reveal.js/dist/config.d.ts):
 * - `postMessage` / `postMessageEvents` off: nothing outside drives reveal.js (CVE-2020-8127, CVE-2022-0776);
 *   the frame speaks only its own protocol (protocol.ts) with `window.parent`.
 * - `keyboard: false`: the frame forwards keys to the parent, which maps them once (src-shared/present/keyMap.ts),
 *   so that the audience and presenter views take the same keys and stay in one state.
 * - `hash`, `history`, `fragmentInURL`, `jumpToSlide`, `previewLinks`, `help`, `pause` off: the URL never changes and
 *   reveal.js opens no overlays of its own.
 * - `showHiddenSlides: true`: backup slides stay in the DOM, so the slide index h equals the deck index and "go to
 *   slide" reaches them; skipping them in sequence is the presentation state's job.
 * - `scrollActivationWidth: 0`: never switch to reveal's scroll view in a small frame (thumbnails, next slide).
 * - `rtl`: right-to-left decks (reveal.js lays out from the right and runs the progress bar from the right).
 * - `embedded` for the editor's preview and the presenter's slide panes (contained in part of a page).
 * - `transition: 'none'`: the next slide paints at once (a briefing, and the 16 ms frame budget of ).
 */
export function revealConfigFor(mode: FrameMode, dir: 'ltr' | 'rtl'): RevealConfig {
  const audience = mode === 'audience';
  return {
    width: SLIDE_WIDTH_PX,
    height: SLIDE_HEIGHT_PX,
    margin: 0,
    minScale: 0.05,
    maxScale: 4,
    embedded: !audience,
    rtl: dir === 'rtl',
    controls: false,
    progress: audience,
    slideNumber: false,
    keyboard: false,
    touch: false,
    mouseWheel: false,
    overview: true,
    hash: false,
    history: false,
    respondToHashChanges: false,
    fragmentInURL: false,
    jumpToSlide: false,
    previewLinks: false,
    help: false,
    pause: false,
    showNotes: false,
    showHiddenSlides: true,
    postMessage: false,
    postMessageEvents: false,
    autoSlide: 0,
    autoPlayMedia: false,
    preloadIframes: false,
    transition: 'none',
    backgroundTransition: 'none',
    scrollActivationWidth: 0,
    hideInactiveCursor: audience,
    focusBodyOnPageVisibilityChange: false,
    center: true,
  };
}
