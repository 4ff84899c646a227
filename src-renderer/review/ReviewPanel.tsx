import { useState } from 'react';
import type { ReviewComment } from '../../src-shared/deck';
import { addComment, deleteComment, replyToComment, setCommentResolved } from '../../src-shared/commands';
import { editorStore, selectFocusedSlide, useEditor } from '../store';
import { commentFieldLabel, commentFieldsOf } from './commentFields';
import { PanelHead } from '../app/panes/PanelHead';

const REVIEWER_KEY = 'briefdeck.reviewer';

/** A fresh comment or reply id: time and a random part, unique within a deck. */
function freshId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Who acts and when: the reviewer's name (remembered on this computer) and the time now, ISO 8601. */
function stampOf(reviewer: string): { author: string; at: string } {
  return { author: reviewer.trim(), at: new Date().toISOString() };
}

/** "2026-12-08 03:40" in the user's local time, for a stored ISO 8601 time. */
function shownTime(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function Thread({ comment, reviewer, fieldLabel }: { comment: ReviewComment; reviewer: string; fieldLabel: string }) {
  const [reply, setReply] = useState('');
  const dispatch = editorStore.getState().dispatch;
  return (
    <li className={`rv-comment${comment.resolved ? ' rv-resolved' : ''}`} aria-label={`Comment by ${comment.author || 'Unnamed reviewer'}`}>
      <div className="rv-head">
        <strong>{comment.author || 'Unnamed reviewer'}</strong> <time dateTime={comment.at}>{shownTime(comment.at)}</time>
        <span className="rv-field">{fieldLabel}</span>
        {comment.resolved ? <span className="rv-badge">Resolved{comment.resolvedBy ? ` by ${comment.resolvedBy}` : ''}</span> : null}
      </div>
      <p className="rv-text">{comment.text}</p>
      {comment.replies.length > 0 ? (
        <ul className="rv-replies">
          {comment.replies.map((r) => (
            <li key={r.id}>
              <strong>{r.author || 'Unnamed reviewer'}</strong> <time dateTime={r.at}>{shownTime(r.at)}</time>
              <p className="rv-text">{r.text}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="rv-actions">
        <input aria-label="Reply" placeholder="Reply…" value={reply} onChange={(e) => setReply(e.target.value)} />
        <button type="button" className="icon-btn" disabled={reply.trim() === ''} onClick={() => { dispatch(replyToComment, { ...stampOf(reviewer), commentId: comment.id, id: freshId('r'), text: reply }); setReply(''); }}>
          Reply
        </button>
        <button type="button" className="icon-btn" onClick={() => dispatch(setCommentResolved, { ...stampOf(reviewer), id: comment.id, resolved: !comment.resolved })}>
          {comment.resolved ? 'Reopen' : 'Resolve'}
        </button>
        <button type="button" className="icon-btn" aria-label="Delete comment" onClick={() => dispatch(deleteComment, { id: comment.id })}>
          Delete
        </button>
      </div>
    </li>
  );
}

/**
 * The Review panel: the focused slide's review comments (on the slide or one of its fields), each with its thread,
 * reply, resolve / reopen and delete, and a form to add one. The reviewer's name is remembered on this computer
 * and stamped with the time on each comment, reply and resolution. Comments are saved in the deck; exports leave
 * them out unless a review copy PDF is asked for.
 */
export function ReviewPanel() {
  const slide = useEditor(selectFocusedSlide);
  const comments = useEditor((s) => s.deck?.comments);
  const [reviewer, setReviewer] = useState(() => localStorage.getItem(REVIEWER_KEY) ?? '');
  const [text, setText] = useState('');
  const [field, setField] = useState('');
  const onSlide = (comments ?? []).filter((c) => c.slideId === slide?.id);
  const open = (comments ?? []).filter((c) => !c.resolved).length;
  const fields = slide ? commentFieldsOf(slide) : [];
  return (
    <section className="pane rv-panel" aria-labelledby="rv-title">
      <PanelHead id="rv-title" name="Review" panel="review" />
      <div className="pane-body rv-body">
        <p role="status" className="rv-summary">{`${open} open comment${open === 1 ? '' : 's'} in the deck.`}</p>
        <label className="rv-row">
          Your name{' '}
          <input value={reviewer} onChange={(e) => { setReviewer(e.target.value); localStorage.setItem(REVIEWER_KEY, e.target.value); }} />
        </label>
        {slide ? (
          <form
            className="rv-new"
            onSubmit={(e) => {
              e.preventDefault();
              editorStore.getState().dispatch(addComment, { ...stampOf(reviewer), id: freshId('c'), slideId: slide.id, field, text });
              setText('');
            }}
          >
            <div className="rv-row">
              <span aria-hidden="true">Comment on</span>
              <select aria-label="Comment on" value={field} onChange={(e) => setField(e.target.value)}>
                {fields.map((f) => <option key={f.field} value={f.field}>{f.label}</option>)}
              </select>
            </div>
            <textarea aria-label="New comment" placeholder="Comment on this slide…" value={text} onChange={(e) => setText(e.target.value)} rows={3} />
            <button type="submit" className="icon-btn" disabled={text.trim() === ''}>Add comment</button>
          </form>
        ) : null}
        <ul className="rv-list" aria-label="Comments on this slide">
          {onSlide.map((c) => <Thread key={c.id} comment={c} reviewer={reviewer} fieldLabel={commentFieldLabel(slide ?? undefined, c.field)} />)}
        </ul>
      </div>
    </section>
  );
}
