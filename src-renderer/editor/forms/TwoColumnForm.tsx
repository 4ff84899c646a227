import { updateSlide } from '../../../src-shared/commands';
import { BulletListEditor } from '../fields/BulletListEditor';
import { TextField } from '../fields/TextField';
import { PictureField } from '../pictures/PictureField';
import { fieldKey, type SlideFormProps } from '../SlideFormProps';
import { bulletActions } from './bulletActions';

/** The two-column layout: a heading, an optional picture and a bullet list on each side (e.g. Ankara vs Tehran, drivers vs limits). */
export function TwoColumnForm({ slide, onCommand, citing }: SlideFormProps<'two-column'>) {
  const sides = [
    { list: 'left' as const, name: 'Left column', column: slide.left },
    { list: 'right' as const, name: 'Right column', column: slide.right },
  ];
  return (
    <section className="bd-section" aria-label="Columns">
      <h3>Columns</h3>
      <div className="bd-columns">
        {sides.map(({ list, name, column }) => (
          <div key={list} className="bd-column">
            <TextField
              label={`${name} heading`}
              name={`${list}-heading`}
              field={`${list}.heading`}
              value={column.heading}
              onChange={(heading) =>
                onCommand(updateSlide, { id: slide.id, patch: { [list]: { ...column, heading } } }, { mergeKey: fieldKey(slide.id, `${list}.heading`) })
              }
            />
            <PictureField slideId={slide.id} target={list} picture={column.picture} onCommand={onCommand} label={`${name} picture`} />
            <BulletListEditor
              label={`${name} bullets`}
              bullets={column.bullets}
              actions={bulletActions(slide.id, list, onCommand, citing, name.toLowerCase())}
              sources={citing.sources}
              warnUncited={citing.warnUncited}
              path={`${list}.bullets`}
              itemName={`${name.toLowerCase()} bullet`}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
