import { useMemo } from 'react';
import { MAP_COLOURS, type MapColour, type MapHighlight, type MapLine, type MapPoint, type MapSpec } from '../../../src-shared/deck';
import { MAP_COLOUR_NAMES, mapCountryNames, mapProblems } from '../../../src-shared/map';
import { NumberDraftField } from '../fields/NumberDraftField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { latitudeProblem, longitudeProblem } from './mapFieldChecks';

/** What each list editor gets: the map and a setter that merges fields into it (`key`: a typing burst's merge key). */
interface MapPartProps {
  map: MapSpec;
  setMap: (next: Partial<MapSpec>, key?: string) => void;
}

const COLOUR_OPTIONS = MAP_COLOURS.map((c) => ({ value: c, label: MAP_COLOUR_NAMES[c] }));
const MAX_ITEMS = { highlights: 60, points: 60, lines: 30 };

function replaceAt<T>(list: readonly T[], i: number, item: T): T[] {
  return list.map((x, j) => (j === i ? item : x));
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="bd-btn bd-btn-icon bd-btn-danger" aria-label={label} title={label} onClick={onClick}>
      ×
    </button>
  );
}

/** Highlighted countries: a name from the data (suggested as typed; an unknown one is a field error), role, colour. */
export function MapHighlightsEditor({ map, setMap }: MapPartProps) {
  const names = useMemo(() => mapCountryNames(), []);
  const problems = new Map(mapProblems(map).map((p) => [p.field, p.message]));
  const set = (i: number, h: MapHighlight, key: string) => setMap({ highlights: replaceAt(map.highlights, i, h) }, `highlights.${i}.${key}`);
  return (
    <div className="bd-field" role="group" aria-label="Highlighted countries">
      <span className="bd-label">Highlighted countries</span>
      {map.highlights.map((h, i) => (
        <div key={i} className="bd-row bd-map-item">
          <div className="bd-grow">
            <TextField label={`Country ${i + 1}`} field={`map.highlights[${i}].country`} value={h.country} suggestions={names} onChange={(country) => set(i, { ...h, country }, 'country')} />
            {problems.has(`highlights[${i}].country`) ? (
              <span className="bd-field-error" role="alert">
                {problems.get(`highlights[${i}].country`)}
              </span>
            ) : null}
          </div>
          <TextField label={`Role of country ${i + 1}`} field={`map.highlights[${i}].role`} placeholder="e.g. Actor" value={h.role} onChange={(role) => set(i, { ...h, role }, 'role')} />
          <SelectField label={`Colour of country ${i + 1}`} field={`map.highlights[${i}].colour`} value={h.colour} options={COLOUR_OPTIONS} onChange={(v) => set(i, { ...h, colour: v as MapColour }, 'colour')} />
          <RemoveButton label={`Remove country ${i + 1}`} onClick={() => setMap({ highlights: map.highlights.filter((_, j) => j !== i) })} />
        </div>
      ))}
      <div className="bd-row">
        <button type="button" className="bd-btn" disabled={map.highlights.length >= MAX_ITEMS.highlights} onClick={() => setMap({ highlights: [...map.highlights, { country: '', role: '', colour: 'accent' }] })}>
          + Add country
        </button>
      </div>
    </div>
  );
}

/** Labelled points: a label and its latitude and longitude in degrees (out-of-range values are field errors). */
export function MapPointsEditor({ map, setMap }: MapPartProps) {
  const set = (i: number, p: MapPoint, key: string) => setMap({ points: replaceAt(map.points, i, p) }, `points.${i}.${key}`);
  return (
    <div className="bd-field" role="group" aria-label="Points">
      <span className="bd-label">Labelled points</span>
      {map.points.map((p, i) => (
        <div key={i} className="bd-row bd-map-item">
          <TextField className="bd-grow" label={`Point ${i + 1} label`} field={`map.points[${i}].label`} value={p.label} onChange={(label) => set(i, { ...p, label }, 'label')} />
          <NumberDraftField label={`Point ${i + 1} latitude`} field={`map.points[${i}].lat`} value={p.lat} check={latitudeProblem} onCommit={(lat) => set(i, { ...p, lat }, 'lat')} />
          <NumberDraftField label={`Point ${i + 1} longitude`} field={`map.points[${i}].lon`} value={p.lon} check={longitudeProblem} onCommit={(lon) => set(i, { ...p, lon }, 'lon')} />
          <RemoveButton label={`Remove point ${i + 1}`} onClick={() => setMap({ points: map.points.filter((_, j) => j !== i) })} />
        </div>
      ))}
      <div className="bd-row">
        <button type="button" className="bd-btn" disabled={map.points.length >= MAX_ITEMS.points} onClick={() => setMap({ points: [...map.points, { label: '', lat: 0, lon: 0 }] })}>
          + Add point
        </button>
      </div>
    </div>
  );
}

/** Lines and arrows: a label, the two ends in degrees, and whether an arrowhead marks the end. */
export function MapLinesEditor({ map, setMap }: MapPartProps) {
  const set = (i: number, l: MapLine, key: string) => setMap({ lines: replaceAt(map.lines, i, l) }, `lines.${i}.${key}`);
  return (
    <div className="bd-field" role="group" aria-label="Lines">
      <span className="bd-label">Lines and arrows</span>
      {map.lines.map((l, i) => (
        <div key={i} className="bd-row bd-map-item">
          <TextField className="bd-grow" label={`Line ${i + 1} label`} field={`map.lines[${i}].label`} value={l.label} onChange={(label) => set(i, { ...l, label }, 'label')} />
          <NumberDraftField label={`Line ${i + 1} from latitude`} value={l.from.lat} check={latitudeProblem} onCommit={(lat) => set(i, { ...l, from: { ...l.from, lat } }, 'from.lat')} />
          <NumberDraftField label={`Line ${i + 1} from longitude`} value={l.from.lon} check={longitudeProblem} onCommit={(lon) => set(i, { ...l, from: { ...l.from, lon } }, 'from.lon')} />
          <NumberDraftField label={`Line ${i + 1} to latitude`} value={l.to.lat} check={latitudeProblem} onCommit={(lat) => set(i, { ...l, to: { ...l.to, lat } }, 'to.lat')} />
          <NumberDraftField label={`Line ${i + 1} to longitude`} value={l.to.lon} check={longitudeProblem} onCommit={(lon) => set(i, { ...l, to: { ...l.to, lon } }, 'to.lon')} />
          <label className="bd-check">
            <input type="checkbox" checked={l.arrow} onChange={(e) => set(i, { ...l, arrow: e.target.checked }, 'arrow')} />
            Arrow
          </label>
          <RemoveButton label={`Remove line ${i + 1}`} onClick={() => setMap({ lines: map.lines.filter((_, j) => j !== i) })} />
        </div>
      ))}
      <div className="bd-row">
        <button type="button" className="bd-btn" disabled={map.lines.length >= MAX_ITEMS.lines} onClick={() => setMap({ lines: [...map.lines, { label: '', from: { lat: 0, lon: 0 }, to: { lat: 0, lon: 1 }, arrow: false }] })}>
          + Add line
        </button>
      </div>
    </div>
  );
}
