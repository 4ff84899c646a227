import { useEffect, useRef, useState, type DragEvent, type ClipboardEvent } from 'react';
import { setPicture, type PictureTarget } from '../../../src-shared/commands';
import { PictureSchema, type Picture } from '../../../src-shared/deck';
import { SelectField } from '../fields/SelectField';
import { TextAreaField } from '../fields/TextAreaField';
import { TextField } from '../fields/TextField';
import { fieldKey, type Dispatch } from '../SlideFormProps';
import { PORTION_MARKINGS } from '../fields/StatementFields';
import { choosePicture, importPictureFile, pictureFileOf, type PictureImportOutcome } from './pictureImport';
import './pictureField.css';

/** Props of {@link PictureField}. */
export interface PictureFieldProps {
  slideId: string;
  target: PictureTarget;
  picture: Picture | undefined;
  onCommand: Dispatch;
  /** Accessible name of the group, e.g. "Picture" or "Left column picture". */
  label: string;
  /** Take a picture dropped anywhere on the window or pasted with Ctrl+V (the picture layout's own form). */
  windowInput?: boolean;
}

const FIT_OPTIONS = [
  { value: 'contain', label: 'Show all of it (contain)' },
  { value: 'cover', label: 'Fill the box, cropping (cover)' },
];

/**
 * One picture of a slide: "Choose a file…" (the open dialog in main), a drop zone and Ctrl+V paste (the bytes go to
 * main, which checks and normalises them), the picture's preview, alt text, caption, source line and fit, and
 * "Remove picture". A refused picture's one-line message is shown here (role="alert") and the deck is unchanged.
 */
export function PictureField({ slideId, target, picture, onCommand, label, windowInput = false }: PictureFieldProps) {
  const [status, setStatus] = useState<{ kind: 'error' | 'busy' | 'done'; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const path = target === 'picture' ? 'picture' : `${target}.picture`;
  const live = useRef({ slideId, target });
  live.current = { slideId, target };

  const finish = (outcome: PictureImportOutcome) => {
    if ('canceled' in outcome) return setStatus(null);
    if ('error' in outcome) return setStatus({ kind: 'error', text: outcome.error });
    const { src, width, height, name, resized, outputBytes } = outcome.picture;
    const parsed = PictureSchema.safeParse({ src, width, height });
    if (!parsed.success) return setStatus({ kind: 'error', text: `${name}: ${parsed.error.issues[0]?.message ?? 'not a valid picture'}` });
    onCommand(setPicture, { ...live.current, picture: parsed.data });
    setStatus({ kind: 'done', text: `${name}: ${width} × ${height} px, ${Math.max(1, Math.round(outputBytes / 1024))} KB${resized ? ' (scaled down)' : ''}` });
  };
  const run = (job: Promise<PictureImportOutcome>) => {
    setStatus({ kind: 'busy', text: 'Checking the picture…' });
    void job.then(finish, (err: unknown) => finish({ error: String((err as Error)?.message ?? err) }));
  };
  const fromFile = (file: File) => run(importPictureFile(file));
  const fromFileRef = useRef(fromFile);
  fromFileRef.current = fromFile;

  // The picture layout takes a picture dropped anywhere on the window or pasted, before the window's own drop
  // handler (which opens .briefdeck files) sees it; other files pass through untouched.
  useEffect(() => {
    if (!windowInput) return;
    const onDragOver = (e: globalThis.DragEvent) => {
      if (!Array.from(e.dataTransfer?.types ?? []).includes('Files')) return;
      e.preventDefault();
    };
    const onDrop = (e: globalThis.DragEvent) => {
      const file = pictureFileOf(e.dataTransfer);
      if (!file) return;
      e.preventDefault();
      e.stopPropagation();
      fromFileRef.current(file);
    };
    const onPaste = (e: globalThis.ClipboardEvent) => {
      const file = pictureFileOf(e.clipboardData);
      if (!file) return;
      e.preventDefault();
      fromFileRef.current(file);
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
      document.removeEventListener('paste', onPaste);
    };
  }, [windowInput]);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    setDragging(false);
    const file = pictureFileOf(e.dataTransfer);
    if (!file) return;
    e.preventDefault();
    e.stopPropagation();
    fromFile(file);
  };
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (windowInput) return; // the document listener takes it
    const file = pictureFileOf(e.clipboardData);
    if (!file) return;
    e.preventDefault();
    fromFile(file);
  };
  const patch = (field: string, value: Partial<Omit<Picture, 'src'>>) => onCommand(setPicture, { slideId, target, patch: value }, { mergeKey: fieldKey(slideId, `${path}.${field}`) });

  return (
    <div role="group" aria-label={label} className="bd-picture-field" onPaste={onPaste}>
      <div
        className={`bd-picture-drop${dragging ? ' bd-picture-drop-over' : ''}`}
        onDragOver={(e) => {
          if (!Array.from(e.dataTransfer.types).includes('Files')) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {picture ? <img className="bd-picture-thumb" src={picture.src} alt={picture.alt} draggable={false} /> : <p className="bd-hint">Drop a picture here, or paste one with Ctrl+V.</p>}
        <div className="bd-row">
          <button type="button" className="bd-btn" onClick={() => run(choosePicture())}>
            {picture ? 'Replace picture…' : target === 'picture' ? 'Choose a file…' : 'Add picture…'}
          </button>
          {picture ? (
            <button type="button" className="bd-btn" onClick={() => onCommand(setPicture, { slideId, target, remove: true })}>
              Remove picture
            </button>
          ) : null}
        </div>
      </div>
      {status?.kind === 'error' ? <p className="bd-warning" role="alert">{status.text}</p> : null}
      {status && status.kind !== 'error' ? <p className="bd-hint" role="status">{status.text}</p> : null}
      {picture ? (
        <>
          <TextAreaField label="Alt text (what the picture shows)" name={`${path}-alt`} field={`${path}.alt`} rows={2} value={picture.alt} onChange={(alt) => patch('alt', { alt })} />
          <TextField label="Caption" name={`${path}-caption`} field={`${path}.caption`} value={picture.caption} onChange={(caption) => patch('caption', { caption })} />
          <TextField label="Source line" name={`${path}-source`} field={`${path}.sourceLine`} placeholder="e.g. Photo: Anadolu Agency, 28 Oct 2023" value={picture.sourceLine} onChange={(sourceLine) => patch('sourceLine', { sourceLine })} />
          <TextField label="Picture marking" name={`${path}-portion`} field={`${path}.portionMarking`} placeholder="(U)" maxLength={40} suggestions={PORTION_MARKINGS} value={picture.portionMarking ?? ''} onChange={(v) => patch('portionMarking', { portionMarking: v === '' ? undefined : v })} />
          <SelectField label="Fit" name={`${path}-fit`} field={`${path}.fit`} value={picture.fit} options={FIT_OPTIONS} onChange={(fit) => patch('fit', { fit: fit === 'cover' ? 'cover' : 'contain' })} />
        </>
      ) : null}
    </div>
  );
}
