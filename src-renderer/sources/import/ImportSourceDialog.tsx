import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { addSourceAs } from '../../../src-shared/commands';
import { acceptReview, mergeWithNext, reviewNumbers, setIncluded, sourceIdFor, splitItem, type ParagraphReview, type SourceDraft } from '../../../src-shared/sources/import';
import { api, isIpcFailure } from '../../api';
import { Dialog } from '../../editor/fields/Dialog';
import { editorStore } from '../../store';
import { metadataForm, metadataOf, metadataProblems, newerVersionMetadata, type MetadataForm } from './metadataFields';
import { ReviewItemRow } from './ReviewItemRow';
import { setSourceDialog } from '../sourceDialogState';
import '../sources.css';

/** Props of {@link ImportSourceDialog}. */
export interface ImportSourceDialogProps {
  draft: SourceDraft;
  review: ParagraphReview;
  /** The id of the deck source this file is a newer version of: Accept then shows the re-import report. */
  replacing?: string;
  onClose: () => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The items grouped by section, in order, with each item's index in the review. */
function groups(review: ParagraphReview): { section: string; title: string; items: number[] }[] {
  const out: { section: string; title: string; items: number[] }[] = [];
  review.items.forEach((item, index) => {
    const last = out.at(-1);
    if (last && last.section === item.section) last.items.push(index);
    else out.push({ section: item.section, title: review.sections.find((s) => s.id === item.section)?.title ?? item.section, items: [index] });
  });
  return out;
}

/**
 * The import review: the source's metadata (title, authors one per line, publisher, ISO date, https address), then
 * the proposed paragraphs by section with their ¶ numbers, the left-out items greyed with their reason, and per item
 * Include/Exclude, Merge with next and Split. Accept adds the source to the deck (one undo step "Import source
 * <title>") and saves it to the source library; Cancel and Esc change nothing.
 */
export function ImportSourceDialog({ draft, review: proposed, replacing, onClose }: ImportSourceDialogProps) {
  const [review, setReview] = useState(proposed);
  const [form, setForm] = useState<MetadataForm>(() => {
    if (replacing === undefined) return metadataForm(draft.metadata);
    return metadataForm(newerVersionMetadata(draft.metadata, editorStore.getState().deck?.sources.find((s) => s.id === replacing)));
  });
  const [tried, setTried] = useState(false);
  const [error, setError] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  // Focus on open: the title field, after the dialog's showModal (a child's effect runs before this one).
  useEffect(() => formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-title`)}`)?.focus(), [id]);
  const numbers = useMemo(() => reviewNumbers(review), [review]);
  const problems = metadataProblems(form);
  const included = review.items.filter((i) => i.included);
  const sectionCount = new Set(included.map((i) => i.section)).size;

  const field = (name: keyof MetadataForm, label: string, extra: { placeholder?: string; multiline?: boolean; hint?: string } = {}) => {
    const problem = tried ? problems[name] : undefined;
    const props = {
      id: `${id}-${name}`,
      value: form[name],
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? `${id}-${name}-error` : undefined,
      placeholder: extra.placeholder,
      onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
    };
    return (
      <div className={`src-field${extra.multiline ? ' src-field-wide' : ''}`}>
        <label htmlFor={props.id}>{label}</label>
        {extra.multiline ? <textarea {...props} rows={2} /> : <input type="text" {...props} />}
        {extra.hint ? <span className="bd-hint">{extra.hint}</span> : null}
        {problem ? <span id={`${id}-${name}-error`} className="src-field-error">{problem}</span> : null}
      </div>
    );
  };

  const accept = async () => {
    setTried(true);
    const firstProblem = (['title', 'authors', 'publisher', 'date', 'url'] as const).find((f) => problems[f]);
    if (firstProblem) return void document.getElementById(`${id}-${firstProblem}`)?.focus();
    if (included.length === 0) return setError('Include at least one paragraph: a source is cited by its paragraphs.');
    const state = editorStore.getState();
    if (!state.deck) return;
    const metadata = metadataOf(form);
    const source = acceptReview(review, {
      id: replacing ?? sourceIdFor(metadata, state.deck.sources.map((s) => s.id)),
      metadata,
      fileName: draft.fileName,
      format: draft.format,
      importedAt: new Date().toISOString(),
    });
    if (replacing !== undefined) return setSourceDialog({ kind: 'reimport', sourceId: replacing, next: source });
    state.dispatch(addSourceAs('Import source', source.title), { source });
    // The panel shows what was just imported, not the deck's first source.
    state.chooseSource(source.id);
    onClose();
    const saved = await api().saveSource({ source });
    const what = `Imported “${source.title}” as a source of this deck: ${plural(source.paragraphs?.length ?? 0, 'paragraph')}.`;
    if (isIpcFailure(saved)) editorStore.getState().showAlert('error', `${what} It could not be saved to your source library: ${saved.error.message}`);
    else editorStore.getState().showAlert('info', `${what} Saved to your source library.`);
  };

  return (
    <Dialog title={replacing !== undefined ? `Re-import source: ${draft.fileName}` : `Import source: ${draft.fileName}`} onClose={onClose} className="src-import-dialog">
      <form
        ref={formRef}
        onSubmit={(e) => {
          e.preventDefault();
          void accept();
        }}
      >
        {draft.warnings.length > 0 ? (
          <ul className="src-warnings" aria-label="What the reader could not keep">
            {draft.warnings.map((w) => <li key={w}>{w}</li>)}
          </ul>
        ) : null}
        <fieldset className="src-metadata">
          <legend>About the source</legend>
          {field('title', 'Title')}
          {field('authors', 'Authors (one per line)', { multiline: true })}
          {field('publisher', 'Publisher')}
          {field('date', 'Date', { placeholder: 'YYYY-MM-DD', hint: 'ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD' })}
          {field('url', 'Address (URL)', { placeholder: 'https://…', hint: 'https only, shown as text' })}
        </fieldset>
        <div className="src-review-head">
          <h3>Paragraphs</h3>
          <p role="status" aria-live="polite" className="src-counter">
            {plural(included.length, 'paragraph')} in {plural(sectionCount, 'section')}
          </p>
        </div>
        <p className="bd-hint">Each included paragraph gets the ¶ number citations use. Exclude what is not the article’s body; merge or split where the file broke a paragraph wrongly.</p>
        <div className="src-review-list">
          {groups(review).map((g) => (
            <section key={`${g.section}-${g.items[0]}`} aria-label={g.title}>
              <h4>{g.title}</h4>
              <ol>
                {g.items.map((index) => (
                  <ReviewItemRow
                    key={review.items[index].key}
                    item={review.items[index]}
                    number={numbers[index]}
                    isLast={index === review.items.length - 1}
                    onInclude={(on) => setReview((r) => setIncluded(r, index, on))}
                    onMergeWithNext={() => setReview((r) => mergeWithNext(r, index))}
                    onSplit={(offset) => setReview((r) => splitItem(r, index, offset))}
                  />
                ))}
              </ol>
            </section>
          ))}
        </div>
        {error ? <p className="src-field-error" role="alert">{error}</p> : null}
        <div className="bd-dialog-actions">
          <button type="button" className="bd-btn" onClick={onClose}>Cancel</button>
          <button type="submit" className="bd-btn bd-btn-primary">Accept</button>
        </div>
      </form>
    </Dialog>
  );
}
