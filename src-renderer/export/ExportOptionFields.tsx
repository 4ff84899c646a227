import type { ExportOptions } from '../../src-shared/export/exportOptions';

const FORMATS: { value: ExportOptions['format']; label: string }[] = [
  { value: 'pdf', label: 'PDF' },
  { value: 'html', label: 'HTML (one offline file, presentable)' },
  { value: 'pptx', label: 'PowerPoint (.pptx)' },
  { value: 'md', label: 'Markdown (reveal.js)' },
];
const PAPERS: { value: ExportOptions['paper']; label: string }[] = [
  { value: '16:9', label: '16:9 slides' },
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'US Letter' },
];
const LAYOUTS: { value: ExportOptions['pdfLayout']; label: string }[] = [
  { value: 'slides', label: 'Slides only' },
  { value: 'notes', label: 'Slides, each followed by its notes' },
  { value: 'handout', label: 'Handout' },
];

interface Props {
  options: ExportOptions;
  onChange(patch: Partial<ExportOptions>): void;
  disabled: boolean;
}

function Select<T extends string | number>(p: { id: string; label: string; value: T; items: { value: T; label: string }[]; disabled: boolean; onChange(v: T): void }) {
  return (
    <div className="row">
      <label htmlFor={p.id}>{p.label}</label>
      <select id={p.id} value={String(p.value)} disabled={p.disabled} onChange={(e) => p.onChange(p.items.find((i) => String(i.value) === e.target.value)!.value)}>
        {p.items.map((i) => <option key={String(i.value)} value={String(i.value)}>{i.label}</option>)}
      </select>
    </div>
  );
}

/** The export dialog's fields: format; for PDF paper, layout, handout options and builds; audience copy; hidden slides. */
export function ExportOptionFields({ options, onChange, disabled }: Props) {
  const pdf = options.format === 'pdf';
  return (
    <fieldset className="export-fields" disabled={disabled}>
      <Select id="export-format" label="Format" value={options.format} items={FORMATS} disabled={disabled} onChange={(format) => onChange({ format })} />
      {pdf && (
        <div className="export-pdf-grid">
          <Select id="export-paper" label="Paper" value={options.paper} items={PAPERS} disabled={disabled} onChange={(paper) => onChange({ paper })} />
          <Select id="export-layout" label="PDF layout" value={options.pdfLayout} items={LAYOUTS} disabled={disabled} onChange={(pdfLayout) => onChange({ pdfLayout })} />
          {options.pdfLayout === 'handout' && (
            <Select id="export-per-page" label="Slides per page" value={options.handoutPerPage} items={([1, 2, 3, 4, 6] as const).map((n) => ({ value: n, label: String(n) }))} disabled={disabled} onChange={(handoutPerPage) => onChange({ handoutPerPage })} />
          )}
          {options.pdfLayout === 'handout' && options.handoutPerPage === 3 && (
            <Select id="export-handout-notes" label="Beside each slide" value={options.handoutNotes} items={[{ value: 'notes', label: 'Speaker notes' }, { value: 'lines', label: 'Lines for writing' }]} disabled={disabled || options.audience} onChange={(handoutNotes) => onChange({ handoutNotes })} />
          )}
          <Select id="export-builds" label="Builds" value={options.builds} items={[{ value: 'final', label: 'Final state only' }, { value: 'steps', label: 'One page per build step' }]} disabled={disabled} onChange={(builds) => onChange({ builds })} />
        </div>
      )}
      {pdf && (
        <label className="export-check">
          <input type="checkbox" checked={options.reviewComments && !options.audience} disabled={disabled || options.audience} onChange={(e) => onChange({ reviewComments: e.target.checked })} /> Review copy (the review comments on a page after each slide)
        </label>
      )}
      <label className="export-check">
        <input type="checkbox" checked={options.audience} onChange={(e) => onChange({ audience: e.target.checked })} /> Audience copy (no speaker notes or hidden slides, in text or metadata)
      </label>
      <label className="export-check">
        <input type="checkbox" checked={options.includeHidden && !options.audience} disabled={disabled || options.audience} onChange={(e) => onChange({ includeHidden: e.target.checked })} /> Include hidden (backup) slides
      </label>
    </fieldset>
  );
}
