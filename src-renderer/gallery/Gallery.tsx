import { useEffect, useState } from 'react';
import { api, isIpcFailure, type GalleryCard } from '../api';
import { TemplateCard } from './TemplateCard';
import { RecentDecks } from './RecentDecks';

export interface GalleryProps {
  onUseTemplate: (id: string) => void;
  onBlank: () => void;
  onOpen: () => void;
  /** Opens a deck of the recent list by its path. */
  onOpenRecent: (path: string) => void;
}

/** The start screen: the recent decks, a blank deck and one card per template from `templates:list`. */
export function Gallery({ onUseTemplate, onBlank, onOpen, onOpenRecent }: GalleryProps) {
  const [templates, setTemplates] = useState<GalleryCard[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api()
      .listTemplates({})
      .then((result) => {
        if (!live) return;
        if (isIpcFailure(result)) setError(result.error.message);
        else setTemplates(result.templates);
      });
    return () => {
      live = false;
    };
  }, []);

  return (
    <main className="gallery" aria-labelledby="gallery-title">
      <h1 id="gallery-title">New briefing</h1>
      <p className="lead">Start from a template keyed to the source article, from a blank deck, or open a saved deck.</p>
      <RecentDecks onOpen={onOpenRecent} />
      {error && <p role="alert">Templates could not be loaded: {error}</p>}
      <ul className="gallery-grid" aria-label="Templates">
        <li className="card" aria-labelledby="tpl-blank" data-template-id="blank">
          <div className="thumb blank" aria-hidden="true">+</div>
          <div className="body">
            <h2 id="tpl-blank">Blank deck</h2>
            <p className="purpose">One title slide; add layouts and arguments yourself.</p>
            <div className="meta"><span className="chip">1 slide</span></div>
            <div className="actions">
              <button type="button" className="btn" onClick={onOpen}>Open…</button>{' '}
              <button type="button" className="btn primary" onClick={onBlank}>Create blank deck</button>
            </div>
          </div>
        </li>
        {templates?.map((t) => <TemplateCard key={t.id} template={t} onUse={onUseTemplate} />)}
      </ul>
      {!templates && !error && <p className="empty-note" role="status">Loading templates…</p>}
    </main>
  );
}
