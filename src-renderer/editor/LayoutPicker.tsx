import { LAYOUTS, type Layout } from '../../src-shared/deck';
import { SelectField } from './fields/SelectField';

/** Human names of the slide layouts, in picker order. */
export const LAYOUT_NAMES: Record<Layout, string> = {
  title: 'Title',
  bluf: 'BLUF and key judgments',
  bullets: 'Bullets',
  'two-column': 'Two columns',
  picture: 'Picture',
  table: 'Table',
  timeline: 'Timeline',
  quote: 'Quote',
  section: 'Section divider',
  sources: 'Sources (endnotes)',
  changes: 'What changed (since the last version)',
  chart: 'Chart',
  map: 'Map',
};

const OPTIONS = LAYOUTS.map((l) => ({ value: l, label: LAYOUT_NAMES[l] }));

/** Props of {@link LayoutPicker}. */
export interface LayoutPickerProps {
  layout: Layout;
  onChange: (layout: Layout) => void;
}

/** Chooses the slide's layout (one of the deck model's `LAYOUTS`). */
export function LayoutPicker({ layout, onChange }: LayoutPickerProps) {
  return <SelectField label="Layout" name="layout" value={layout} options={OPTIONS} onChange={(v) => onChange(v as Layout)} />;
}
