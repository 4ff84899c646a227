import type { PresentationAction } from './presentationActions';

/** A key press as the views see it (`KeyboardEvent.key` values, e.g. 'ArrowRight', 'PageDown', ' ', 'b'). */
export interface PresentKey {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** What a key does while presenting: an action on the shared state, leaving the presentation, or nothing. */
export type PresentCommand = { kind: 'action'; action: PresentationAction } | { kind: 'exit' };

/** Result of one key: the command (or null) and the digits typed so far for "number then Enter". */
export interface KeyResult {
  command: PresentCommand | null;
  /** Digits typed so far (e.g. "1" after 1, "12" after 1 2); '' when none. */
  buffer: string;
}

const MAX_DIGITS = 5;
const act = (action: PresentationAction, buffer = ''): KeyResult => ({ command: { kind: 'action', action }, buffer });

/**
 * The presenting keys, the same in the audience and presenter views:
 * - next: →, ↓, PageDown, Space, N, Enter (without digits); previous: ←, ↑, PageUp, P, Backspace (without digits);
 * - Home / End: first / last shown slide;
 * - digits then Enter: go to that slide (1-based deck number; hidden slides can be reached);
 * - B or `.`: black screen; W or `,`: white screen (toggles; PowerPoint's keys);
 * - O: overview; Esc: clears typed digits, else closes the overview, else leaves the presentation.
 * Clickers send PageUp, PageDown and B (or `.`), which the list covers.
 *
 * Right-to-left decks (`dir = 'rtl'`): the slides advance toward the left, so ← is next and → is previous, as in
 * reveal.js's own `rtl` mode (js/controllers/keyboard.js). ↑ ↓, PageUp / PageDown, Space, N and P do not change, so a
 * clicker works the same in either direction.
 *
 * Keys with Ctrl, Alt or Meta held are left alone (they belong to the app or the system).
 */
export function mapPresentKey(input: PresentKey, buffer: string, dir: 'ltr' | 'rtl' = 'ltr'): KeyResult {
  if (input.ctrlKey || input.altKey || input.metaKey) return { command: null, buffer };
  const key = input.key;
  if (/^[0-9]$/.test(key)) return { command: null, buffer: (buffer + key).slice(-MAX_DIGITS) };
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case 'Enter': {
      const n = Number.parseInt(buffer, 10);
      return buffer !== '' && n >= 1 ? act({ type: 'goto', slideIndex: n - 1 }) : act({ type: 'next' });
    }
    case 'Backspace':
      return buffer !== '' ? { command: null, buffer: buffer.slice(0, -1) } : act({ type: 'prev' });
    case forward:
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
    case 'n':
    case 'N':
      return act({ type: 'next' });
    case backward:
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
    case 'P':
      return act({ type: 'prev' });
    case 'Home':
      return act({ type: 'first' });
    case 'End':
      return act({ type: 'last' });
    case 'b':
    case 'B':
    case '.':
      return act({ type: 'blackout' });
    case 'w':
    case 'W':
    case ',':
      return act({ type: 'whiteout' });
    case 'o':
    case 'O':
      return act({ type: 'overview' });
    case 'Escape':
    case 'Esc':
      return buffer !== '' ? { command: null, buffer: '' } : { command: { kind: 'exit' }, buffer: '' };
    default:
      return { command: null, buffer: '' };
  }
}
