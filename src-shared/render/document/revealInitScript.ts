/**
 * The inline script that starts reveal.js in an exported or presented document.
 *
 * postMessage guard. reveal.js's postMessage API (config `postMessage`, default on) lets any window that can post to
 * ours call Reveal methods, and the notes plugin answers "call" messages by invoking any Reveal method by name. Past
 * faults: CVE-2020-8127 and CVE-2022-0776. The speaker view (S key, notes plugin) needs that channel: the speaker
 * window posts `setState` / `reveal-notes` messages to the main window, and drives its two preview iframes (copies of
 * this document loaded with `?receiver`) the same way; from file:// there is no origin to check (every file:// origin
 * is opaque, "null"). So the API stays on, behind a capture-phase `message` listener registered before reveal's own:
 * it stops (stopImmediatePropagation) every message unless
 *   - its `event.source` is a window this document opened (the speaker window: `source.opener === window`), or our
 *     parent when we are framed (the speaker view driving its preview iframe), and
 *   - its data is a JSON string whose `method` is one of the few the speaker view uses (setState, next, prev,
 *     triggerKey, slide, togglePause, getState), or a `reveal-notes` message whose `call` names one of the three read-only
 *     methods the speaker view asks for (getConfig, getSlidePastCount, getSlidesAttributes).
 * `window.open` is narrowed to `about:blank` (the only window reveal opens: the speaker view); anything else is refused.
 * In print mode the API is off entirely (`postMessage: false`).
 */
export const MESSAGE_GUARD_JS = `(function(){'use strict';
var API={setState:1,next:1,prev:1,triggerKey:1,slide:1,togglePause:1,getState:1};
var CALLS={getConfig:1,getSlidePastCount:1,getSlidesAttributes:1};
function trustedSource(s){if(!s||s===window)return false;if(window.parent!==window&&s===window.parent)return true;try{return s.opener===window}catch(e){return false}}
function allowedData(d){if(typeof d!=='string'||d.charAt(0)!=='{')return false;var m;try{m=JSON.parse(d)}catch(e){return false}
if(!m||typeof m!=='object')return false;if(m.namespace==='reveal-notes'){return m.type!=='call'||CALLS[m.methodName]===1}
if(m.namespace==='reveal')return true;return typeof m.method==='string'&&API[m.method]===1}
window.addEventListener('message',function(e){if(!(trustedSource(e.source)&&allowedData(e.data))){e.stopImmediatePropagation()}},true);
var open=window.open;window.open=function(u,n,f){if(String(u)!=='about:blank')return null;return open.call(window,u,n,f)};
})();`;

/**
 * Shrinks a slide's content when it overflows its box: the children of each `.bd-content` get a CSS `zoom` lowered in
 * steps of 6% down to 64% until the content fits (text stays text, selectable in the PDF). Runs once per slide
 * after fonts load (print: every slide before printing; present: each slide when shown). One layout pass reads every
 * slide; only overflowing slides are adjusted. Slides that still overflow at 64% get `data-bd-overflow`.
 */
export const FIT_SLIDES_JS = `function bdFit(root){var cs=root.querySelectorAll('.bd-content'),over=[],i,c;for(i=0;i<cs.length;i++){c=cs[i];if(c.clientHeight&&c.scrollHeight>c.clientHeight+1)over.push(c)}for(i=0;i<over.length;i++){c=over[i];var z=1;while(c.scrollHeight>c.clientHeight+1&&z>0.65){z-=0.06;for(var k=0;k<c.children.length;k++)c.children[k].style.zoom=String(z)}if(c.scrollHeight>c.clientHeight+1)c.setAttribute('data-bd-overflow','true')}}`;

/** reveal.js settings fixed by BriefDeck: 16:9 at 1280×720 px, top-aligned slides, hash routing (reveal.js config.ts). */
export interface RevealStartOptions {
  mode: 'present' | 'print';
  rtl: boolean;
  /** Print: one page per fragment state (reveal `pdfSeparateFragments`); default false = the final state only. */
  buildSteps?: boolean;
  /** Present: load the notes plugin (speaker view on the S key). */
  notesPlugin: boolean;
}

/** The reveal.js config object for a mode (a plain JSON-able object; plugins are added by the start script). */
export function revealConfig(o: RevealStartOptions): Record<string, unknown> {
  const common = { width: 1280, height: 720, center: false, rtl: o.rtl, hash: true, slideNumber: false, showNotes: false, fragmentInURL: true };
  if (o.mode === 'print') {
    return { ...common, view: 'print', margin: 0, postMessage: false, postMessageEvents: false, pdfSeparateFragments: o.buildSteps === true, pdfMaxPagesPerSlide: 1, transition: 'none', controls: false, progress: false };
  }
  // margin 0: the slide fills the window as a PDF page fills the paper, so the banners run edge to edge.
  // controlsLayout 'edges': the arrows sit at the middle of the left and right edges, off the bottom banner (a deck
  // has no vertical slides, so reveal never shows the up and down arrows at the top and bottom edges).
  return { ...common, margin: 0, postMessage: true, postMessageEvents: false, controls: true, controlsLayout: 'edges', progress: true, transition: 'slide' };
}

/**
 * The start script: the message guard (present mode), then `Reveal.initialize(config)`. In print mode it marks
 * `<html data-bd-print-ready="true">` once reveal has fired `pdf-ready` and `document.fonts.ready` has resolved, so a
 * printer can wait for one attribute. Print also drops the `aria-hidden` reveal sets on the slide sections it does not
 * show: Chromium builds the PDF outline and tags from the accessibility tree, where aria-hidden slides would be
 * missing. Only the sections: the slides' own aria-hidden parts (the bottom banner, a chart's drawing beside its alt
 * text) stay out of the tags. When presenting, it drops the `role="application"` reveal.js sets on `.reveal` at
 * start-up (unconditionally; no config option turns it off): under it a screen reader leaves browse mode and cannot
 * read a slide line by line. Reveal's keys do not need it (its keyboard listener is on the document). The config is JSON with `<` escaped, so it cannot end the script element.
 */
export function revealStartScript(o: RevealStartOptions): string {
  const config = JSON.stringify(revealConfig(o)).replace(/</g, '\\u003c');
  const plugins = o.notesPlugin ? 'typeof RevealNotes!=="undefined"?[RevealNotes]:[]' : '[]';
  const ready =
    o.mode === 'print'
      ? `document.querySelector('.reveal').addEventListener('pdf-ready',function(){document.fonts.ready.then(function(){bdFit(document);var h=document.querySelectorAll('.slides section[aria-hidden]');for(var i=0;i<h.length;i++)h[i].removeAttribute('aria-hidden');document.documentElement.setAttribute('data-bd-print-ready','true')})});`
      : `Reveal.on('ready',function(e){document.querySelector('.reveal').removeAttribute('role');document.fonts.ready.then(function(){bdFit(e.currentSlide)})});Reveal.on('slidechanged',function(e){bdFit(e.currentSlide)});`;
  const start = o.mode === 'print' ? 'Reveal.initialize(c);' : `Reveal.initialize(c);${ready}`;
  return `${o.mode === 'present' ? MESSAGE_GUARD_JS : ''}(function(){${FIT_SLIDES_JS}var c=${config};c.plugins=${plugins};${o.mode === 'print' ? ready : ''}${start}})();`;
}
