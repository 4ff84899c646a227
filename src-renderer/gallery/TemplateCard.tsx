import type { GalleryCard } from '../api';
import { renderSlideHtml } from '../../src-shared/render';
import { SlideThumbnail } from '../preview/SlideThumbnail';
import { useMemo } from 'react';

/** One template of the gallery: thumbnail of its first slide, name, purpose, slide count and arguments covered. */
export function TemplateCard({ template, onUse }: { template: GalleryCard; onUse: (id: string) => void }) {
  const thumb = template.thumbnailDeck;
  const sectionHtml = useMemo(() => (thumb.slides.length ? renderSlideHtml(thumb, 0, { includeHidden: true, includeNotes: false }) : ''), [thumb]);
  const headingId = `tpl-${template.id}`;
  return (
    <li className="card" aria-labelledby={headingId} data-template-id={template.id}>
      <div className="thumb">{sectionHtml && <SlideThumbnail deck={thumb} sectionHtml={sectionHtml} />}</div>
      <div className="body">
        <h2 id={headingId}>{template.name}</h2>
        <p className="purpose">{template.purpose}</p>
        <div className="meta">
          <span className="chip">{template.slideCount} slides</span>
          {template.arguments.map((a) => (
            <span key={a.id} className="chip" title={a.id}>
              {a.title}
            </span>
          ))}
        </div>
        <div className="actions">
          <button type="button" className="btn primary" onClick={() => onUse(template.id)} aria-label={`Use template ${template.name}`}>
            Use template
          </button>
        </div>
      </div>
    </li>
  );
}
