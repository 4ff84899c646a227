import { useState } from 'react';
import { setBackground } from '../../../src-shared/commands';
import { ImageSchema, type Slide } from '../../../src-shared/deck';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { fieldKey, type Dispatch } from '../SlideFormProps';
import { choosePicture } from './pictureImport';

const FIT_OPTIONS = [
  { value: 'cover', label: 'Fill the slide, cropping (cover)' },
  { value: 'contain', label: 'Show all of it (contain)' },
];

/**
 * A slide's background picture: "Choose a file…" (the open dialog in main, `picture:import`, which checks and
 * normalises the picture), its fit and alt text, and "Remove background". An SVG cannot be a background (the
 * background schema takes PNG, JPEG, WebP and GIF); a refused picture's message is shown here (role="alert") and the
 * deck is unchanged.
 */
export function BackgroundField({ slide, onCommand }: { slide: Slide; onCommand: Dispatch }) {
  const [status, setStatus] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const background = slide.background;
  const slideId = slide.id;
  const choose = async () => {
    const outcome = await choosePicture();
    if ('canceled' in outcome) return setStatus(null);
    if ('error' in outcome) return setStatus({ kind: 'error', text: outcome.error });
    const { src, name, width, height } = outcome.picture;
    const parsed = ImageSchema.safeParse({ src, fit: background?.fit ?? 'cover' });
    if (!parsed.success) return setStatus({ kind: 'error', text: `${name} cannot be a background: use a PNG or JPEG picture (${parsed.error.issues[0]?.message ?? 'not a valid image'}).` });
    onCommand(setBackground, { slideId, image: parsed.data });
    setStatus({ kind: 'done', text: `${name}: ${width} × ${height} px` });
  };
  return (
    <section className="bd-section" aria-label="Background picture">
      <div className="bd-row">
        <h3 className="bd-grow">Background picture</h3>
        <button type="button" className="bd-btn" onClick={() => void choose()}>
          {background ? 'Replace background…' : 'Set background picture…'}
        </button>
        {background ? (
          <button type="button" className="bd-btn bd-btn-danger" onClick={() => {
            onCommand(setBackground, { slideId, remove: true });
            setStatus(null);
          }}>
            Remove background
          </button>
        ) : null}
      </div>
      {status ? (
        <p className={status.kind === 'error' ? 'bd-warning' : 'bd-muted'} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
      {background ? (
        <div className="bd-row">
          <SelectField label="Background fit" field="background.fit" value={background.fit} options={FIT_OPTIONS} onChange={(v) => onCommand(setBackground, { slideId, patch: { fit: v as 'cover' | 'contain' } })} />
          <TextField
            label="Background alt text"
            name="backgroundAlt"
            field="background.alt"
            placeholder="Empty if it is only decoration"
            maxLength={1000}
            value={background.alt}
            onChange={(alt) => onCommand(setBackground, { slideId, patch: { alt } }, { mergeKey: fieldKey(slideId, 'background.alt') })}
          />
        </div>
      ) : null}
    </section>
  );
}
