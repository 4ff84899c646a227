import { updateSlide } from '../../../src-shared/commands';
import type { SlideOf } from '../../../src-shared/deck';
import { fieldKey, type SlideFormProps } from '../SlideFormProps';
import { TextAreaField } from './TextAreaField';
import { TextField } from './TextField';

/**
 * The alt text and source line of a figure slide (a map or a chart: `figureFields` in deck/figure.ts), as one pair
 * of fields: the alt text at most 1000 characters, as the schema allows. Each edit is an updateSlide with the
 * field's merge key, so a typing burst is one undo step. `what` names the figure in the alt text's label.
 */
export function FigureTextFields({ slide, onCommand, what, sourcePlaceholder }: Pick<SlideFormProps<'map' | 'chart'>, 'onCommand'> & { slide: SlideOf<'map'> | SlideOf<'chart'>; what: string; sourcePlaceholder?: string }) {
  const slideId = slide.id;
  return (
    <>
      <TextAreaField
        label={`Alt text (what the ${what} shows)`}
        name="alt"
        field="alt"
        rows={2}
        maxLength={1000}
        value={slide.alt}
        onChange={(alt) => onCommand(updateSlide, { id: slideId, patch: { alt } }, { mergeKey: fieldKey(slideId, 'alt') })}
      />
      <TextField
        label="Source line"
        name="sourceLine"
        field="sourceLine"
        placeholder={sourcePlaceholder}
        value={slide.sourceLine}
        onChange={(sourceLine) => onCommand(updateSlide, { id: slideId, patch: { sourceLine } }, { mergeKey: fieldKey(slideId, 'sourceLine') })}
      />
    </>
  );
}
