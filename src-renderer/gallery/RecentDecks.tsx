import { useEffect, useState } from 'react';
import { api, isIpcFailure } from '../api';
import type { RecentFile } from '../../src-shared/ipc/responses';
import './recentDecks.css';

/** How many recent decks the gallery lists (the File > Open Recent menu keeps the same list). */
const SHOWN = 8;

/** "8 Dec 2026, 14:05" in the user's locale, from ms since the Unix epoch. */
function openedText(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The gallery's "Recent decks": the recent-files list main keeps (`recent:list`, the same list as File > Open
 * Recent), newest first, each a button that opens the deck. Nothing is shown while the list is empty or could not
 * be read (the list is a convenience; the gallery works without it).
 */
export function RecentDecks({ onOpen }: { onOpen: (path: string) => void }) {
  const [files, setFiles] = useState<RecentFile[]>([]);
  useEffect(() => {
    let live = true;
    void api()
      .listRecent({})
      .then((result) => {
        if (live && !isIpcFailure(result)) setFiles(result.files.slice(0, SHOWN));
      });
    return () => {
      live = false;
    };
  }, []);
  if (files.length === 0) return null;
  return (
    <section className="recent-decks" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent decks</h2>
      <ul>
        {files.map((f) => (
          <li key={f.path}>
            <button type="button" className="recent-deck" onClick={() => onOpen(f.path)} title={f.path} aria-label={`Open ${f.name}`}>
              <span className="recent-name">{f.name}</span>
              <span className="recent-path">{f.path}</span>
              <span className="recent-when">{openedText(f.openedAt)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
