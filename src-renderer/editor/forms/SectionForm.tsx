import { updateSlide } from '../../../src-shared/commands';
import { TextField } from '../fields/TextField';
import { fieldKey, type SlideFormProps } from '../SlideFormProps';

/** The section divider layout: a section title (above) and a one-line subtitle. */
export function SectionForm({ slide, onCommand }: SlideFormProps<'section'>) {
  return (
    <section className="bd-section" aria-label="Section divider">
      <TextField
        label="Section subtitle"
        name="subtitle"
        field="subtitle"
        value={slide.subtitle}
        onChange={(subtitle) => onCommand(updateSlide, { id: slide.id, patch: { subtitle } }, { mergeKey: fieldKey(slide.id, 'subtitle') })}
      />
    </section>
  );
}
