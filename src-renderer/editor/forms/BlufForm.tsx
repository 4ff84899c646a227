import { addJudgment, removeJudgment, setCitations, setJudgment, updateSlide } from '../../../src-shared/commands';
import { TextAreaField } from '../fields/TextAreaField';
import { fieldKey, type SlideFormProps } from '../SlideFormProps';
import { KeyJudgmentRow } from './KeyJudgmentRow';

/**
 * The BLUF layout: the bottom line up front (one or two sentences) and key judgments, each with ICD 203 confidence
 * and likelihood language.
 */
export function BlufForm({ slide, onCommand, citing }: SlideFormProps<'bluf'>) {
  const slideId = slide.id;
  return (
    <section className="bd-section" aria-label="BLUF and key judgments">
      <TextAreaField
        label="Bottom line up front"
        name="bluf"
        field="bluf"
        rows={3}
        maxLength={4000}
        value={slide.bluf}
        onChange={(bluf) => onCommand(updateSlide, { id: slideId, patch: { bluf } }, { mergeKey: fieldKey(slideId, 'bluf') })}
      />
      <h3>Key judgments</h3>
      <ul className="bd-list" aria-label="Key judgments">
        {slide.judgments.map((j, i) => (
          <KeyJudgmentRow
            key={i}
            judgment={j}
            index={i}
            citing={citing}
            onChange={(patch, mergeField) =>
              onCommand(setJudgment, { slideId, index: i, patch }, mergeField ? { mergeKey: fieldKey(slideId, mergeField) } : undefined)
            }
            onRemove={() => onCommand(removeJudgment, { slideId, index: i })}
            onCitations={(citations) => onCommand(setCitations, { slideId, citations, target: { kind: 'judgment', index: i } })}
          />
        ))}
      </ul>
      <div>
        <button type="button" className="bd-btn" onClick={() => onCommand(addJudgment, { slideId })}>
          + Add key judgment
        </button>
      </div>
    </section>
  );
}
