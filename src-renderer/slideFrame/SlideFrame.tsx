import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { brandCss } from '../../src-shared/render/themes/brandCss';
import type { Deck } from '../../src-shared/deck';
import { parseFrameMessage, type FieldMessage, type FrameBlackout, type FrameMode, type KeyMessage, type ParentToFrame, type StateMessage } from './protocol';
import { useFrameSections } from './useFrameSections';

/** Address of the frame document, next to the app's index.html (out/renderer/slide-frame.html). */
export const SLIDE_FRAME_URL = './slide-frame.html';

/** Props of `SlideFrame`. Indices are 0-based deck indices (hidden slides count). */
export interface SlideFrameProps {
  deck: Deck;
  /** The slide to show (0-based deck index; hidden slides can be shown). */
  slideIndex: number;
  mode: FrameMode;
  /** Build steps shown on that slide: 0 (default) none, n the first n, `'all'` every step. */
  fragment?: number | 'all';
  /** Black or white screen over the slides (presenting). Default 'none'. */
  blackout?: FrameBlackout;
  /** reveal.js's overview (grid of slides). Default false. */
  overview?: boolean;
  /** Called with the frame's position after every render and navigation. */
  onState?: (state: StateMessage) => void;
  /** Called for each key pressed while the frame has focus (the frame itself never acts on keys). */
  onKey?: (key: KeyMessage) => void;
  /** Called when the user picks a slide with the mouse in the overview. */
  onSelect?: (indexh: number) => void;
  /**
   * Optional: the deck's slide sections, already rendered as `useFrameSections(deck)` would (hidden slides in, no
   * notes). The editor's preview passes an incrementally updated list so that a keystroke does not re-render every
   * slide.
   */
  sections?: readonly string[];
  /**
   * Preview only: called when the user clicks a text of the current slide, and with that field's new box after each
   * render while `editPath` names it. The message is checked for shape only; the caller checks it against the deck.
   */
  onField?: (field: FieldMessage) => void;
  /** Preview only: the field being edited on the slide (its box is reported after each render), or null. */
  editPath?: string | null;
  /** Accessible name of the frame (its `title`). */
  title?: string;
  className?: string;
}

/**
 * The slides of `deck`, shown by reveal.js in a sandboxed iframe (`sandbox="allow-scripts"`, never
 * `allow-same-origin`: the frame has an opaque origin and cannot reach `window.api` or the editor's DOM). The deck is
 * rendered slide by slide (hidden slides included, no speaker notes) and the list of sections sent with postMessage; messages are
 * accepted only from this component's own frame (`event.source === iframe.contentWindow`). See protocol.ts.
 */
export function SlideFrame(props: SlideFrameProps): React.JSX.Element {
  const { deck, slideIndex, mode, fragment = 0, blackout = 'none', overview = false } = props;
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(0);
  const sections = useFrameSections(deck, props.sections);
  const brand = useMemo(() => brandCss(deck.brand), [deck.brand]);
  const callbacks = useRef(props);
  callbacks.current = props;
  const position = useRef({ slideIndex, fragment });
  position.current = { slideIndex, fragment };

  const send = (message: ParentToFrame) => frameRef.current?.contentWindow?.postMessage(message, '*');

  // Subscribed in a layout effect, in the same task as the commit that inserts the iframe: the frame's `ready` (a
  // message event, a later task) can never arrive before the listener, however fast the frame loads.
  useLayoutEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const frameWindow = frameRef.current?.contentWindow;
      if (!frameWindow || event.source !== frameWindow) return;
      const message = parseFrameMessage(event.data);
      if (!message) return;
      if (message.type === 'ready') setReady((n) => n + 1);
      else if (message.type === 'state') callbacks.current.onState?.(message);
      else if (message.type === 'key') callbacks.current.onKey?.(message);
      else if (message.type === 'select') callbacks.current.onSelect?.(message.indexh);
      else if (message.type === 'field') callbacks.current.onField?.(message);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const { slideIndex: indexh, fragment: steps } = position.current;
    send({ type: 'render', sections: [...sections], theme: deck.theme, brandCss: brand, dir: deck.direction, lang: deck.language, mode, indexh, fragment: steps });
  }, [ready, sections, deck.theme, brand, deck.direction, deck.language, mode]);

  useEffect(() => {
    if (ready) send({ type: 'goto', indexh: slideIndex, fragment });
  }, [ready, slideIndex, fragment]);

  useEffect(() => {
    if (ready) send({ type: 'blackout', value: blackout });
  }, [ready, blackout]);

  useEffect(() => {
    if (ready) send({ type: 'overview', value: overview });
  }, [ready, overview]);

  const editPath = props.editPath ?? null;
  useEffect(() => {
    if (ready) send({ type: 'edit', path: editPath });
  }, [ready, editPath]);

  return (
    <iframe
      ref={frameRef}
      src={SLIDE_FRAME_URL}
      sandbox="allow-scripts"
      allow=""
      referrerPolicy="no-referrer"
      title={props.title ?? 'Slide'}
      className={props.className}
      data-mode={mode}
      style={{ border: 0, display: 'block', width: '100%', height: '100%' }}
    />
  );
}
