/**
 * The postMessage protocol between the app (parent) and the sandboxed slide frame (`slide-frame.html`, loaded in
 * `<iframe sandbox="allow-scripts">`, an opaque origin). Both sides accept messages only from each other: the frame
 * checks `event.source === window.parent`, the parent checks `event.source === iframe.contentWindow`, and both
 * validate the shape with the guards below before acting. reveal.js's own postMessage API stays off
 * (`postMessage: false`, `postMessageEvents: false`; CVE-2020-8127, CVE-2022-0776).
 *
 * Fragment positions are counted as "build steps shown": 0 = no fragment shown, `fragmentsTotal` = all shown.
 * (reveal.js's own `indices.f` is this number minus one.)
 */

/** How the frame shows its slides. Preview is embedded in the editor; the other three are presenting views. */
export type FrameMode = 'preview' | 'audience' | 'presenter-current' | 'presenter-next';
export const FRAME_MODES: readonly FrameMode[] = ['preview', 'audience', 'presenter-current', 'presenter-next'];

/** Screen cover shown over the slides (presenting): none, a black screen (B / .), or a white screen (W). */
export type FrameBlackout = 'none' | 'black' | 'white';

/**
 * Replace the slides. `sections` holds one `<section>` per deck slide (the shared renderer's markup, hidden slides
 * included so that slide index h = deck slide index). Cheap to send on each keystroke: the frame only replaces the
 * sections whose markup changed, calls `Reveal.sync()` and keeps the current slide. The frame's `.reveal` takes the
 * deck's theme class, `dir` and `lang` from the fields below.
 */
export interface RenderMessage {
  type: 'render';
  sections: string[];
  /** A theme id from the deck schema (`THEMES`): lower-case letters, digits and '-'. */
  theme: string;
  /** The deck brand's CSS (`brandCss`, made by the parent from checked values), '' without a brand. */
  brandCss?: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 language tag, set as `<html lang>` in the frame. */
  lang: string;
  mode: FrameMode;
  /** Slide to show (0-based deck index); default: keep the current one. */
  indexh?: number;
  /** Build steps shown on that slide; default 0 (or all when `fragment` is `'all'`). */
  fragment?: number | 'all';
}

/** Go to a slide and build step (0-based deck index; `fragment` as above, `'all'` shows every build). */
export interface GotoMessage {
  type: 'goto';
  indexh: number;
  fragment?: number | 'all';
}

/** Step like reveal.js's own next/prev (fragments one at a time). Used by the preview; presenting uses goto. */
export interface StepMessage {
  type: 'next' | 'prev';
}

/** Cover the slides with a black or white screen, or uncover them. */
export interface BlackoutMessage {
  type: 'blackout';
  value: FrameBlackout;
}

/** Open or close reveal.js's overview (grid of slides). */
export interface OverviewMessage {
  type: 'overview';
  value: boolean;
}

/**
 * The editor edits a text of the current slide on the slide (preview only): the frame reports that field's box and
 * look after every render and resize (`FieldMessage`, reason 'update'), so the editor's text box stays over it.
 * `path: null` ends it. The frame itself never edits anything.
 */
export interface EditMessage {
  type: 'edit';
  path: string | null;
}

/** Messages the parent sends to the frame. */
export type ParentToFrame = RenderMessage | GotoMessage | StepMessage | BlackoutMessage | OverviewMessage | EditMessage;

/** The frame has loaded reveal.js and listens; the parent sends its first `render` after this. */
export interface ReadyMessage {
  type: 'ready';
}

/** Where the frame is, after each render or navigation. */
export interface StateMessage {
  type: 'state';
  /** Current slide, 0-based index among the rendered `<section>`s. */
  indexh: number;
  /** Build steps shown on the current slide (0..fragmentsTotal). */
  indexf: number;
  /** Number of rendered slides. */
  total: number;
  /** Number of build steps (distinct fragment indices) on the current slide. */
  fragmentsTotal: number;
  overview: boolean;
}

/** A key pressed while the frame had focus, forwarded so that both presenting views take the same keys. */
export interface KeyMessage {
  type: 'key';
  key: string;
  code: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** A slide picked with the mouse in the overview (0-based index). */
export interface SelectMessage {
  type: 'select';
  indexh: number;
}

/** Where a text of the slide is, in the frame's viewport (CSS px; the frame fills its box in the editor). */
export interface FieldBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How the field's text looks on the slide, scaled to the frame's viewport, so the editor's text box over it reads the
 * same: CSS values read from the theme's computed style (never deck text), each checked by `parseFrameMessage`.
 */
export interface FieldLook {
  /** Font size and line height in viewport px. */
  fontPx: number;
  lineHeightPx: number;
  fontFamily: string;
  fontWeight: string;
  fontStyle: string;
  color: string;
  /** The slide's background colour behind the field. */
  background: string;
  textAlign: string;
}

/**
 * A text of the current slide, marked by the preview's markup with `data-bd-field`: clicked (`reason: 'click'`), or
 * the field being edited, measured again after a render (`reason: 'update'`). `slideId` is the section's
 * `data-slide-id`; the editor checks it and the path against the deck before it edits anything.
 */
export interface FieldMessage {
  type: 'field';
  reason: 'click' | 'update';
  slideId: string;
  path: string;
  box: FieldBox;
  look: FieldLook;
}

/** Messages the frame sends to the parent. */
export type FrameToParent = ReadyMessage | StateMessage | KeyMessage | SelectMessage | FieldMessage;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 100_000;
const isFragment = (v: unknown): boolean => v === undefined || v === 'all' || isIndex(v);
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/**
 * Largest markup accepted in a render message, all sections together, in UTF-16 code units (5000 slides with 2 MiB
 * images fit well below).
 */
export const MAX_RENDER_HTML = 512 * 1024 * 1024;
/** Most sections accepted in a render message. */
export const MAX_RENDER_SECTIONS = 100_000;

function isSections(v: unknown): v is string[] {
  if (!Array.isArray(v) || v.length > MAX_RENDER_SECTIONS) return false;
  let total = 0;
  for (const s of v) {
    if (typeof s !== 'string') return false;
    total += s.length;
  }
  return total <= MAX_RENDER_HTML;
}

/** Validates a message received by the frame; returns it typed, or null when it is not one of ours. */
export function parseParentMessage(data: unknown): ParentToFrame | null {
  if (!isObj(data)) return null;
  switch (data.type) {
    case 'render':
      if (!isSections(data.sections) || !isStr(data.theme, 100) || !/^[a-z0-9-]+$/.test(data.theme) || !isStr(data.lang, 40)) return null;
      if (data.brandCss !== undefined && !isStr(data.brandCss, 20_000)) return null;
      if (data.dir !== 'ltr' && data.dir !== 'rtl') return null;
      if (!FRAME_MODES.includes(data.mode as FrameMode)) return null;
      if (data.indexh !== undefined && !isIndex(data.indexh)) return null;
      if (!isFragment(data.fragment)) return null;
      return data as unknown as RenderMessage;
    case 'goto':
      return isIndex(data.indexh) && isFragment(data.fragment) ? (data as unknown as GotoMessage) : null;
    case 'next':
    case 'prev':
      return { type: data.type };
    case 'blackout':
      return data.value === 'none' || data.value === 'black' || data.value === 'white' ? { type: 'blackout', value: data.value } : null;
    case 'overview':
      return typeof data.value === 'boolean' ? { type: 'overview', value: data.value } : null;
    case 'edit':
      return data.path === null || isFieldPath(data.path) ? { type: 'edit', path: data.path } : null;
    default:
      return null;
  }
}

/** A field path as the renderer writes them: lower-case names and indices joined by dots ("rows.2.0"). */
export const isFieldPath = (v: unknown): v is string => isStr(v, 60) && /^[a-z]+(\.(?:[a-z]+|\d{1,5})){0,3}$/.test(v);
const isCoord = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 100_000;
const CSS_CHECKS: Record<Exclude<keyof FieldLook, 'fontPx' | 'lineHeightPx'>, RegExp> = {
  fontFamily: /^[A-Za-z0-9 ,"'_-]{1,200}$/,
  fontWeight: /^(normal|bold|[1-9]00)$/,
  fontStyle: /^(normal|italic|oblique)$/,
  color: /^rgba?\([0-9., %]{1,40}\)$/,
  background: /^rgba?\([0-9., %]{1,40}\)$/,
  textAlign: /^(start|end|left|right|center|justify)$/,
};

const LOOK_FALLBACK: Omit<FieldLook, 'fontPx' | 'lineHeightPx'> = {
  fontFamily: 'inherit', fontWeight: 'normal', fontStyle: 'normal', color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', textAlign: 'start',
};

function parseFieldMessage(data: Record<string, unknown>): FieldMessage | null {
  const { box, look } = data;
  if ((data.reason !== 'click' && data.reason !== 'update') || !isStr(data.slideId, 200) || !isFieldPath(data.path)) return null;
  if (!isObj(box) || ![box.x, box.y, box.width, box.height].every(isCoord)) return null;
  if (!isObj(look) || !isCoord(look.fontPx) || !isCoord(look.lineHeightPx)) return null;
  // A value that fails its check falls back to the editor's own (a font name with other characters, a colour
  // written as a keyword): the text box then looks plainer, never carries an unchecked value.
  const checked = Object.fromEntries(
    (Object.keys(CSS_CHECKS) as (keyof typeof CSS_CHECKS)[]).map((k) => [k, typeof look[k] === 'string' && CSS_CHECKS[k].test(look[k] as string) ? look[k] : LOOK_FALLBACK[k]]),
  ) as Omit<FieldLook, 'fontPx' | 'lineHeightPx'>;
  return {
    type: 'field', reason: data.reason, slideId: data.slideId, path: data.path,
    box: { x: box.x as number, y: box.y as number, width: box.width as number, height: box.height as number },
    look: { fontPx: look.fontPx, lineHeightPx: look.lineHeightPx, ...checked },
  };
}

/** Validates a message received by the parent from its frame; returns it typed, or null. */
export function parseFrameMessage(data: unknown): FrameToParent | null {
  if (!isObj(data)) return null;
  switch (data.type) {
    case 'ready':
      return { type: 'ready' };
    case 'state':
      if (![data.indexh, data.indexf, data.total, data.fragmentsTotal].every(isIndex) || typeof data.overview !== 'boolean') return null;
      return data as unknown as StateMessage;
    case 'key':
      if (!isStr(data.key, 40) || !isStr(data.code, 40)) return null;
      return {
        type: 'key', key: data.key, code: data.code,
        shiftKey: data.shiftKey === true, altKey: data.altKey === true, ctrlKey: data.ctrlKey === true, metaKey: data.metaKey === true,
      };
    case 'select':
      return isIndex(data.indexh) ? { type: 'select', indexh: data.indexh } : null;
    case 'field':
      return parseFieldMessage(data);
    default:
      return null;
  }
}
