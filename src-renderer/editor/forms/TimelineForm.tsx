import { addEntry, removeEntry, setCitations, setEntry, updateSlide } from '../../../src-shared/commands';
import { sortTimelineEntries } from '../../../src-shared/commands/sortTimelineEntries';
import { CitationChips } from '../citations/CitationChips';
import { SelectField } from '../fields/SelectField';
import { StatementFields } from '../fields/StatementFields';
import { TextField } from '../fields/TextField';
import { fieldKey, type SlideFormProps } from '../SlideFormProps';

/**
 * The timeline layout: dated entries (a date, usually ISO 8601 such as 2023-10-07, and the event), each with a
 * build step toggle, citations, kind, portion marking and judgment fields; add, remove, and sort by date; and the style
 * (a list, or drawn on an axis).
 */
export function TimelineForm({ slide, onCommand, citing }: SlideFormProps<'timeline'>) {
  const slideId = slide.id;
  return (
    <section className="bd-section" aria-label="Timeline">
      <h3>Timeline</h3>
      <SelectField
        label="Style"
        name="timelineStyle"
        value={slide.style ?? 'list'}
        options={[{ value: 'list', label: 'List' }, { value: 'drawn', label: 'Drawn on an axis' }]}
        onChange={(v) => onCommand(updateSlide, { id: slideId, patch: { style: v as 'list' | 'drawn' } })}
      />
      <ul className="bd-list" aria-label="Timeline entries">
        {slide.entries.map((entry, i) => {
          const n = i + 1;
          const uncited = citing.warnUncited && !(entry.citations && entry.citations.length > 0) && entry.event.trim() !== '';
          return (
            <li key={i}>
              <div className="bd-timeline-entry">
                <TextField
                  label={`Date of entry ${n}`}
                  hideLabel
                  placeholder="2023-10-07"
                  field={`entries[${i}].date`}
                  value={entry.date}
                  maxLength={100}
                  onChange={(date) => onCommand(setEntry, { slideId, index: i, patch: { date } }, { mergeKey: fieldKey(slideId, `entries.${i}.date`) })}
                />
                <TextField
                  label={`Event of entry ${n}`}
                  hideLabel
                  placeholder="What happened"
                  field={`entries[${i}]`}
                  value={entry.event}
                  onChange={(event) => onCommand(setEntry, { slideId, index: i, patch: { event } }, { mergeKey: fieldKey(slideId, `entries.${i}.event`) })}
                />
                <span className="bd-item-tools">
                  {uncited ? (
                    <span className="bd-uncited" role="img" aria-label={`Entry ${n} has no citation`} title="No citation">
                      ⚠
                    </span>
                  ) : null}
                  <label className="bd-check" title="Reveal this entry as a build step (fragment)">
                    <input type="checkbox" checked={entry.fragment} onChange={(e) => onCommand(setEntry, { slideId, index: i, patch: { fragment: e.target.checked } })} />
                    <span>Build</span>
                    <span className="bd-sr-only">{` entry ${n}`}</span>
                  </label>
                  <button type="button" className="bd-btn bd-btn-icon" aria-label={`Cite sources for entry ${n}`} title="Cite" onClick={() => citing.cite({ kind: 'entry', index: i }, `timeline entry ${n}`)}>
                    ¶
                  </button>
                  <button type="button" className="bd-btn bd-btn-icon bd-btn-danger" aria-label={`Remove entry ${n}`} title="Remove" onClick={() => onCommand(removeEntry, { slideId, index: i })}>
                    ×
                  </button>
                </span>
              </div>
              <StatementFields
                path={`entries[${i}]`}
                noun={`entry ${n}`}
                values={entry}
                onChange={(patch, mergeField) => onCommand(setEntry, { slideId, index: i, patch: { ...patch } }, mergeField ? { mergeKey: fieldKey(slideId, mergeField) } : undefined)}
              />
              <CitationChips
                label={`Citations of entry ${n}`}
                citations={entry.citations ?? []}
                sources={citing.sources}
                onRemove={(k) => onCommand(setCitations, { slideId, citations: (entry.citations ?? []).filter((_, j) => j !== k), target: { kind: 'entry', index: i } })}
              />
            </li>
          );
        })}
      </ul>
      <div className="bd-row">
        <button type="button" className="bd-btn" onClick={() => onCommand(addEntry, { slideId })}>
          + Add entry
        </button>
        <button type="button" className="bd-btn" disabled={slide.entries.length < 2} onClick={() => onCommand(sortTimelineEntries, { slideId })}>
          Sort by date
        </button>
      </div>
    </section>
  );
}
