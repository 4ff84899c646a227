import { setQuote } from '../../../src-shared/commands';
import { TextAreaField } from '../fields/TextAreaField';
import { TextField } from '../fields/TextField';
import { fieldKey, type SlideFormProps } from '../SlideFormProps';

/** The quote layout: the quotation and who said it (and where / when). */
export function QuoteForm({ slide, onCommand }: SlideFormProps<'quote'>) {
  return (
    <section className="bd-section" aria-label="Quote">
      <TextAreaField
        label="Quote"
        name="quote"
        field="quote"
        rows={4}
        value={slide.quote}
        onChange={(quote) => onCommand(setQuote, { slideId: slide.id, quote }, { mergeKey: fieldKey(slide.id, 'quote') })}
      />
      <TextField
        label="Attribution"
        name="attribution"
        field="attribution"
        placeholder="e.g. President Erdoğan, Istanbul rally, 28 Oct 2023"
        value={slide.attribution}
        onChange={(attribution) => onCommand(setQuote, { slideId: slide.id, attribution }, { mergeKey: fieldKey(slide.id, 'attribution') })}
      />
    </section>
  );
}
