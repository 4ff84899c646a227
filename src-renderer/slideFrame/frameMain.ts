/**
 * The script of `slide-frame.html`: reveal.js inside a sandboxed, opaque-origin iframe. It speaks only the protocol
 * of protocol.ts, only with `window.parent`, and never reaches `window.api` (the frame has no same-origin access).
 */
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './slideFrame.css';
import { parseParentMessage, type FrameMode, type FrameToParent, type ParentToFrame, type RenderMessage } from './protocol';
import { revealConfigFor } from './revealConfig';
import { patchSlides } from './slidesPatch';
import { applyFrameTheme } from './frameTheme';
import { fragmentSteps, showFragments } from './fragmentSteps';
import { installFrameGuards } from './frameGuards';
import { installFieldPicks, measureField } from './fieldPicks';

const revealEl = document.querySelector<HTMLElement>('.reveal')!;
const slidesEl = revealEl.querySelector<HTMLElement>('.slides')!;
const cover = document.getElementById('screen-cover')!;

let reveal: RevealApi | null = null;
let starting: Promise<RevealApi> | null = null;
let mode: FrameMode = 'preview';
let dir: 'ltr' | 'rtl' = 'ltr';
/** The field the editor edits on the slide (preview), measured again after each render; null when none. */
let editing: string | null = null;
/** Set while the frame itself opens or closes the overview, so that a mouse pick in the overview can be told apart. */
let overviewByParent = false;

function post(message: FrameToParent): void {
  // The frame's own origin is opaque and the parent's cannot be read from here; the messages carry only positions
  // and key names, never deck content.
  window.parent.postMessage(message, '*');
}

function postState(): void {
  if (!reveal) return;
  if (editing) {
    const field = measureField(slidesEl, editing);
    if (field) post(field);
  }
  const current = reveal.getCurrentSlide() as HTMLElement | undefined;
  const steps = current ? fragmentSteps(current) : 0;
  const f = reveal.getIndices().f;
  post({
    type: 'state',
    indexh: reveal.getIndices().h,
    indexf: typeof f === 'number' && f >= 0 ? Math.min(f + 1, steps) : 0,
    total: reveal.getTotalSlides(),
    fragmentsTotal: steps,
    overview: reveal.isOverview(),
  });
}

/** Shows slide `h` with `fragment` build steps (`'all'`: every step). */
function go(h: number, fragment: number | 'all' | undefined): void {
  if (!reveal) return;
  const total = reveal.getTotalSlides();
  if (total === 0) return postState();
  const index = Math.min(h, total - 1);
  reveal.slide(index, 0);
  const slide = reveal.getCurrentSlide() as HTMLElement | undefined;
  if (slide) showFragments(reveal, slide, fragment ?? 0);
  postState();
}

async function start(message: RenderMessage): Promise<RevealApi> {
  const instance = new Reveal(revealEl, revealConfigFor(message.mode, message.dir));
  await instance.initialize();
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewshown']) instance.on(event, postState);
  instance.on('overviewhidden', () => {
    if (!overviewByParent) post({ type: 'select', indexh: instance.getIndices().h });
    postState();
  });
  return instance;
}

async function render(message: RenderMessage): Promise<void> {
  document.documentElement.lang = message.lang;
  document.documentElement.dir = message.dir;
  document.documentElement.dataset.mode = message.mode;
  applyFrameTheme(message.theme, message.brandCss ?? '');
  const stepsBefore = currentSteps(); // read before the patch: an updated slide's new fragments start hidden
  const patch = patchSlides(revealEl, slidesEl, message.sections, message);
  if (!starting) starting = start(message);
  const wasStarted = reveal !== null;
  reveal = await starting;
  const modeChanged = message.mode !== mode || message.dir !== dir;
  if (modeChanged) reveal.configure(revealConfigFor(message.mode, message.dir));
  mode = message.mode;
  dir = message.dir;
  if (wasStarted && patch.structural) reveal.sync();
  else if (wasStarted) patch.updated.forEach((section) => reveal?.syncSlide(section));
  const h = message.indexh ?? reveal.getIndices().h;
  const steps = message.fragment ?? stepsBefore;
  const current = reveal.getCurrentSlide() as HTMLElement | undefined;
  const samePlace = wasStarted && !modeChanged && !patch.structural && h === reveal.getIndices().h;
  if (samePlace && current) {
    // A keystroke: no navigation (reveal.slide() touches every slide). The edited current slide gets its builds
    // back and is laid out again; an edit to another slide needs nothing more.
    if (patch.updated.includes(current)) {
      showFragments(reveal, current, steps);
      reveal.layout();
    } else if (steps !== stepsBefore) showFragments(reveal, current, steps);
    return postState();
  }
  go(h, steps);
}

/** Build steps shown on the current slide, to keep them across a re-render. */
function currentSteps(): number {
  const f = reveal?.getIndices().f;
  return typeof f === 'number' && f >= 0 ? f + 1 : 0;
}

function setOverview(value: boolean): void {
  if (!reveal) return;
  overviewByParent = true;
  reveal.toggleOverview(value);
  overviewByParent = false;
  postState();
}

async function handle(message: ParentToFrame): Promise<void> {
  switch (message.type) {
    case 'render':
      await render(message);
      return;
    case 'goto':
      go(message.indexh, message.fragment);
      return;
    case 'next':
      reveal?.next();
      return;
    case 'prev':
      reveal?.prev();
      return;
    case 'blackout':
      cover.className = message.value === 'none' ? '' : message.value;
      cover.setAttribute('aria-hidden', message.value === 'none' ? 'true' : 'false');
      return;
    case 'overview':
      setOverview(message.value);
      return;
    case 'edit':
      editing = message.path;
      postState();
      return;
  }
}

/** Messages are handled one after another: a goto sent while reveal.js starts waits for the first render. */
let queue: Promise<void> = Promise.resolve();

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || window.parent === window) return;
  const message = parseParentMessage(event.data);
  if (!message) return;
  queue = queue.then(() => handle(message)).catch((error: unknown) => console.error('slide frame:', error));
});

/**
 * A link to a slide of the deck: its section is found by `data-slide-id` among the frame's sections (one per deck
 * slide, so its index is the deck index), shown, and reported as picked, so the editor selects it or the
 * presentation goes to it. A link to a slide not in the frame does nothing.
 */
function followSlideLink(slideId: string): void {
  const sections = Array.from(slidesEl.children).filter((el) => el.tagName === 'SECTION');
  const h = sections.findIndex((el) => el.getAttribute('data-slide-id') === slideId);
  if (h < 0 || !reveal) return;
  go(h, 0);
  post({ type: 'select', indexh: h });
}

installFrameGuards((key) => post(key), followSlideLink);
installFieldPicks(slidesEl, post);
window.addEventListener('resize', () => {
  reveal?.layout();
  if (editing) postState(); // the field moved with the new scale
});
post({ type: 'ready' });
