import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useEditor } from '../store';
import { SelectionBar } from './SelectionBar';
import { highlightPieces, matchesAll, searchWords } from './paragraphSearch';
import type { PanelSource } from './sourceParagraphs';
import { useParagraphSelection } from './useParagraphSelection';

/** How long a paragraph opened from a citation stays highlighted, in ms. */
export const FLASH_MS = 2500;

/** Props of {@link ParagraphsView}. */
export interface ParagraphsViewProps {
  sourceId: string;
  shown: PanelSource;
}

/**
 * A source's paragraphs under their section headings, each focusable with its ¶ number as its name ("¶4"; one tab
 * stop, Up / Down / Home / End move between paragraphs), a
 * search box that keeps the paragraphs containing every word (matches highlighted, "N of M paragraphs"), and the
 * selection's action bar. When a citation opens a paragraph (the store's `sourceView`), the search is cleared and the
 * first cited paragraph is scrolled to, focused and briefly highlighted; the others stay marked.
 */
export function ParagraphsView({ sourceId, shown }: ParagraphsViewProps) {
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState<number | null>(null);
  const [flash, setFlash] = useState<number | null>(null);
  const view = useEditor((s) => s.sourceView);
  const searchId = useId();
  const list = useRef<HTMLDivElement>(null);
  const selection = useParagraphSelection(list);
  const words = useMemo(() => searchWords(query), [query]);
  const sections = useMemo(
    () => shown.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.filter((p) => matchesAll(p.text, words)) })).filter((s) => s.paragraphs.length > 0),
    [shown, words],
  );
  const matched = sections.reduce((n, s) => n + s.paragraphs.length, 0);
  const opened = view.sourceId === sourceId ? view.paragraphs : [];

  useEffect(() => {
    if (view.sourceId !== sourceId || view.paragraphs.length === 0) return;
    setQuery('');
    const first = Math.min(...view.paragraphs);
    setFlash(first);
    const frame = requestAnimationFrame(() => {
      const el = list.current?.querySelector<HTMLElement>(`[data-paragraph="${first}"]`);
      el?.scrollIntoView({ block: 'center' });
      el?.focus({ preventScroll: true });
    });
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [view.seq, view.sourceId, view.paragraphs, sourceId]);

  // One tab stop for the list (roving tabindex): Tab enters at the last paragraph focused, the arrow keys move.
  const order = sections.flatMap((s) => s.paragraphs.map((p) => p.n));
  const active = focused !== null && order.includes(focused) ? focused : order[0];
  const onKeyDown = (e: KeyboardEvent<HTMLElement>, n: number) => {
    const i = order.indexOf(n);
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: order.length - 1 }[e.key];
    if (to === undefined || to < 0 || to >= order.length) return;
    e.preventDefault();
    list.current?.querySelector<HTMLElement>(`[data-paragraph="${order[to]}"]`)?.focus();
  };
  const pick = selection ? { sourceId, ...selection } : focused !== null ? { sourceId, paragraphs: [focused], passage: '' } : null;
  return (
    <div className="sp-paragraphs">
      <div className="sp-search">
        <label htmlFor={searchId} className="bd-sr-only">
          Search paragraphs
        </label>
        <input id={searchId} type="search" placeholder="Search paragraphs" value={query} onChange={(e) => setQuery(e.target.value)} />
        <span className="sp-count" role="status">
          {matched} of {shown.count} paragraphs
        </span>
      </div>
      {shown.kind === 'summaries' ? (
        <p className="sp-note" role="note">
          Paragraph summaries in our words: the article’s text is not in the deck. Cite by paragraph number.
        </p>
      ) : null}
      {shown.kind === 'none' ? <p className="sp-note">The deck carries no text of this source and it has no argument map.</p> : null}
      <div className="sp-list" ref={list}>
        {sections.map((section) => (
          <section key={section.key} className="sp-section" aria-label={section.title || 'Paragraphs'}>
            {section.title ? <h3 className="sp-heading">{section.title}</h3> : null}
            {section.paragraphs.map((p) => {
              const cls = ['sp-paragraph', flash === p.n ? 'sp-flash' : '', opened.includes(p.n) ? 'sp-opened' : '', shown.kind === 'summaries' ? 'sp-summary' : ''];
              return (
                <article
                  key={p.n}
                  className={cls.filter(Boolean).join(' ')}
                  tabIndex={p.n === active ? 0 : -1}
                  onKeyDown={(e) => onKeyDown(e, p.n)}
                  aria-label={`¶${p.n}`}
                  data-paragraph={p.n}
                  onFocus={() => setFocused(p.n)}
                >
                  <span className="sp-n" aria-hidden="true">
                    ¶{p.n}
                  </span>
                  {shown.kind === 'summaries' ? <span className="bd-sr-only">Summary in our words: </span> : null}
                  <p className="sp-text" data-paragraph-text={p.n}>
                    {highlightPieces(p.text, words).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
                  </p>
                </article>
              );
            })}
          </section>
        ))}
      </div>
      {pick ? <SelectionBar pick={pick} /> : null}
    </div>
  );
}
