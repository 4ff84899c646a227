import { updateSlide } from '../../../src-shared/commands';
import { MAP_PRESETS, MAP_PRESET_IDS, type MapBox, type MapSpec } from '../../../src-shared/deck';
import { NumberDraftField } from '../fields/NumberDraftField';
import { SelectField } from '../fields/SelectField';
import { FigureTextFields } from '../fields/FigureTextFields';
import { fieldKey, type SlideFormProps } from '../SlideFormProps';
import { boxProblem } from './mapFieldChecks';
import { MapHighlightsEditor, MapLinesEditor, MapPointsEditor } from './MapItemsEditors';
import './mapForm.css';

const PRESET_NAMES: Record<string, string> = { 'middle-east': 'Middle East', 'south-caucasus': 'South Caucasus' };
const EXTENT_OPTIONS = [...MAP_PRESET_IDS.map((p) => ({ value: p, label: PRESET_NAMES[p] ?? p })), { value: 'box', label: 'Bounding box (degrees)' }];
const BOX_FIELDS: { key: keyof MapBox; label: string }[] = [
  { key: 'west', label: 'West' },
  { key: 'south', label: 'South' },
  { key: 'east', label: 'East' },
  { key: 'north', label: 'North' },
];

/**
 * The map layout: the extent (a preset, or a bounding box whose bad values are field errors), the highlighted
 * countries with their roles and colours, labelled points, lines, the legend switch, alt text (required before
 * export) and the source line. Every change is one `updateSlide` of the slide's `map` (or alt / source line).
 */
export function MapForm({ slide, onCommand }: SlideFormProps<'map'>) {
  const slideId = slide.id;
  const map = slide.map;
  const setMap = (next: Partial<MapSpec>, key?: string) =>
    onCommand(updateSlide, { id: slideId, patch: { map: { ...map, ...next } } }, key ? { mergeKey: fieldKey(slideId, `map.${key}`) } : undefined);
  const box: MapBox | null = typeof map.extent === 'string' ? null : map.extent;
  const shownBox: MapBox = box ?? (typeof map.extent === 'string' ? { ...MAP_PRESETS[map.extent] } : map.extent);
  return (
    <section className="bd-section bd-map-form" aria-label="Map">
      <h3>Map</h3>
      <SelectField
        label="Extent"
        name="map-extent"
        field="map.extent"
        value={box ? 'box' : (map.extent as string)}
        options={EXTENT_OPTIONS}
        onChange={(v) => setMap({ extent: v === 'box' ? { ...shownBox } : (v as MapSpec['extent']) })}
      />
      {box ? (
        <div className="bd-row" role="group" aria-label="Bounding box">
          {BOX_FIELDS.map(({ key, label }) => (
            <NumberDraftField
              key={key}
              label={label}
              name={`map-box-${key}`}
              field={`map.extent.${key}`}
              value={box[key]}
              check={(n) => boxProblem(box, key, n)}
              onCommit={(n) => setMap({ extent: { ...box, [key]: n } }, `extent.${key}`)}
            />
          ))}
        </div>
      ) : null}
      <MapHighlightsEditor map={map} setMap={setMap} />
      <MapPointsEditor map={map} setMap={setMap} />
      <MapLinesEditor map={map} setMap={setMap} />
      <label className="bd-check">
        <input type="checkbox" name="map-legend" checked={map.legend} onChange={(e) => setMap({ legend: e.target.checked })} />
        Show the legend
      </label>
      <FigureTextFields slide={slide} onCommand={onCommand} what="map" />
    </section>
  );
}
