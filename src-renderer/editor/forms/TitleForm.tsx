import { updateSlide } from '../../../src-shared/commands';
import { TextField } from '../fields/TextField';
import { fieldKey, type SlideFormProps } from '../SlideFormProps';

/** The title layout: the deck's opening slide, with a subtitle (the slide title is edited above). */
export function TitleForm({ slide, onCommand }: SlideFormProps<'title'>) {
  return (
    <section className="bd-section" aria-label="Title slide">
      <TextField
        label="Subtitle"
        name="subtitle"
        field="subtitle"
        value={slide.subtitle}
        onChange={(subtitle) => onCommand(updateSlide, { id: slide.id, patch: { subtitle } }, { mergeKey: fieldKey(slide.id, 'subtitle') })}
      />
    </section>
  );
}
