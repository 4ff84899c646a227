import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { compareDeckPlaces, findInDeck, type DeckMatch, type FindOptions } from '../../src-shared/find/findInDeck';
import { countReplaceable, replaceAll, replaceMatch } from '../../src-shared/commands/replaceText';
import { editorStore, useEditor } from '../store';
import { closeFindBar, useFindBarState } from './findState';
import { clearMatchMark, showMatch } from './showMatch';
import './find.css';

/** The place search starts from when nothing was found yet: the start of the focused slide. */
function startPlace(): Pick<DeckMatch, 'slideIndex' | 'fieldIndex' | 'start'> {
  const s = editorStore.getState();
  const slideIndex = Math.max(0, s.deck?.slides.findIndex((sl) => sl.id === s.focusedId) ?? 0);
  return { slideIndex, fieldIndex: 0, start: -1 };
}

const sameMatch = (a: DeckMatch, b: DeckMatch) => a.slideId === b.slideId && a.field === b.field && a.start === b.start && a.end === b.end;

/**
 * Find and replace across the deck (Ctrl+F, Ctrl+H), as in PowerPoint: a floating bar that does not cover the
 * slide list. Next / Previous (Enter / Shift+Enter) go from match to match slide by slide, selecting the slide and
 * marking the field (showMatch); Match case and Whole word; Replace changes the current match and goes on; Replace
 * all changes every match in one undo step. Escape closes the bar.
 */
export function FindBar() {
  const { open, replace, seq } = useFindBarState();
  const deck = useEditor((s) => s.deck);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false });
  const [current, setCurrent] = useState<DeckMatch | null>(null);
  const [note, setNote] = useState('');
  const findInput = useRef<HTMLInputElement>(null);

  const matches = useMemo(() => (deck && open ? findInDeck(deck, query, options) : []), [deck, open, query, options]);

  useEffect(() => {
    if (!open) return;
    findInput.current?.focus();
    findInput.current?.select();
  }, [open, seq]);

  useEffect(() => {
    if (!open) clearMatchMark();
  }, [open]);

  if (!open || !deck) return null;

  const go = (m: DeckMatch | undefined) => {
    setNote('');
    if (!m) return;
    setCurrent(m);
    showMatch(m);
  };
  const next = (list = matches, from: Pick<DeckMatch, 'slideIndex' | 'fieldIndex' | 'start'> | null = current) => {
    const place = from ?? startPlace();
    go(list.find((m) => compareDeckPlaces(m, place) > 0) ?? list[0]);
  };
  const previous = () => {
    const place = current ?? startPlace();
    go([...matches].reverse().find((m) => compareDeckPlaces(m, place) < 0) ?? matches.at(-1));
  };
  const replaceOne = () => {
    const m = current && matches.find((x) => sameMatch(x, current));
    if (!m) return next();
    const args = { query, replacement, options, match: m };
    const after = editorStore.getState().dispatch(replaceMatch, args);
    const list = findInDeck(after, query, options);
    // Go on from the end of the replacement (a replacement that contains the query is not found again).
    next(list, { ...m, start: m.start + replacement.length - 1 });
    if (list.length === 0) setNote('Replaced the last match.');
  };
  const replaceEvery = () => {
    const args = { query, replacement, options };
    const n = countReplaceable(deck, args);
    if (n > 0) editorStore.getState().dispatch(replaceAll, args);
    setCurrent(null);
    clearMatchMark();
    const text = n === 0 ? 'Nothing to replace.' : `Replaced ${n} match${n === 1 ? '' : 'es'}.`;
    setNote(text);
    editorStore.getState().showAlert('info', text);
  };
  const setOption = (patch: Partial<FindOptions>) => {
    setOptions({ ...options, ...patch });
    setCurrent(null);
  };
  const onFindKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    if (e.shiftKey) previous();
    else next();
  };
  const onBarKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    closeFindBar();
  };

  const at = current ? matches.findIndex((x) => sameMatch(x, current)) : -1;
  const status =
    note ||
    (query === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : at >= 0
          ? `Match ${at + 1} of ${matches.length}: slide ${matches[at].slideIndex + 1}, ${matches[at].label}`
          : `${matches.length} match${matches.length === 1 ? '' : 'es'}`);

  return (
    <section className="find-bar" role="search" aria-label={replace ? 'Find and replace' : 'Find'} onKeyDown={onBarKey}>
      <div className="find-row">
        <input
          ref={findInput}
          type="search"
          aria-label="Find"
          placeholder="Find in the deck"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setCurrent(null);
            setNote('');
          }}
          onKeyDown={onFindKey}
        />
        <button type="button" className="tb-btn" onClick={previous} disabled={matches.length === 0} title="Previous match (Shift+Enter)">Previous</button>
        <button type="button" className="tb-btn" onClick={() => next()} disabled={matches.length === 0} title="Next match (Enter)">Next</button>
        <button type="button" className="tb-btn" onClick={closeFindBar} aria-label="Close find" title="Close (Escape)">×</button>
      </div>
      {replace ? (
        <div className="find-row">
          <input type="text" aria-label="Replace with" placeholder="Replace with" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
          <button type="button" className="tb-btn" onClick={replaceOne} disabled={matches.length === 0}>Replace</button>
          <button type="button" className="tb-btn" onClick={replaceEvery} disabled={matches.length === 0}>Replace all</button>
        </div>
      ) : null}
      <div className="find-row">
        <label>
          <input type="checkbox" checked={options.matchCase} onChange={(e) => setOption({ matchCase: e.target.checked })} /> Match case
        </label>
        <label>
          <input type="checkbox" checked={options.wholeWord} onChange={(e) => setOption({ wholeWord: e.target.checked })} /> Whole word
        </label>
      </div>
      <p className="find-status" role="status" aria-live="polite">{status}</p>
    </section>
  );
}
