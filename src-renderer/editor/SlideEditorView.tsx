import { useMemo, useState } from 'react';
import { changeLayout, citationsOfTarget, insertSlides, setCitations, setPicturePortionMarking, setSlidesHidden, setSlideTitle, updateSlide, type CitationTarget } from '../../src-shared/commands';
import { createSlideId, tradecraftOf, type Citation, type Deck, type Slide } from '../../src-shared/deck';
import { slidesFromArgument, type ArgumentMap } from '../../src-shared/sources';
import { CitationChips } from './citations/CitationChips';
import { CitationDescriberContext, describerFor } from './citations/CitationDescriber';
import { CitationPicker } from './citations/CitationPicker';
import { isUncitedClaimSlide } from './citations/citationTargets';
import { deckSourceOf } from './citations/deckSourceOf';
import type { ArgumentMapsState } from './citations/useArgumentMaps';
import { TextDirectionContext } from './fields/TextDirection';
import { PORTION_MARKINGS } from './fields/StatementFields';
import { TextField } from './fields/TextField';
import { YardstickContext } from './fields/Yardstick';
import { InsertArgumentDialog } from './insert/InsertArgumentDialog';
import { SlideLinkDialog, insertSlideLink, useLastTextField } from './insert/SlideLinkDialog';
import { LayoutForm } from './LayoutForm';
import { LayoutPicker } from './LayoutPicker';
import { fieldKey, type CitingProps, type Dispatch } from './SlideFormProps';
import { BackgroundField } from './pictures/BackgroundField';
import './editor.css';

/** Layouts with a body that is not a list (the BLUF sentence, the table, the quote, a subtitle): it carries its own mark. */
const BODY_MARKED: readonly Slide['layout'][] = ['title', 'section', 'bluf', 'table', 'quote', 'map'];

/** Props of {@link SlideEditorView}. */
export interface SlideEditorViewProps {
  deck: Deck;
  /** The slide being edited (the focused slide). */
  slide: Slide;
  onCommand: Dispatch;
  /** The argument maps for the citation picker and the insert dialog. */
  argumentMaps: ArgumentMapsState;
  /** Called with the ids of slides inserted from the argument map (the shell selects the first). */
  onInserted?: (slideIds: string[]) => void;
}

/**
 * The slide editor: layout picker, portion markings (title, body, picture), hidden (backup) toggle, title, the layout's form, the slide's
 * citations (chips, a picker, a warning when a content slide cites nothing), and "Insert from the argument map".
 * Every field of a right-to-left deck gets `dir="rtl"`.
 */
export function SlideEditorView({ deck, slide, onCommand, argumentMaps, onInserted }: SlideEditorViewProps) {
  const [picking, setPicking] = useState<{ target: CitationTarget; name: string } | null>(null);
  const [inserting, setInserting] = useState(false);
  const [linking, setLinking] = useState(false);
  const lastField = useLastTextField();
  const index = deck.slides.findIndex((s) => s.id === slide.id);
  const { maps } = argumentMaps;
  const describe = useMemo(() => describerFor(maps), [maps]);
  const yardstick = useMemo(() => tradecraftOf({ tradecraft: deck.tradecraft }).yardstick, [deck.tradecraft]);

  const sourcesFor = (citations: readonly Citation[]) =>
    maps.filter((m) => citations.some((c) => c.sourceId === m.source.id) && !deck.sources.some((s) => s.id === m.source.id)).map(deckSourceOf);

  const citing: CitingProps = {
    sources: deck.sources,
    warnUncited: slide.citations.length === 0,
    cite: (target, name) => setPicking({ target, name }),
  };

  const insert = (map: ArgumentMap, argumentId: string) => {
    const argument = map.arguments.find((a) => a.id === argumentId);
    if (!argument) return;
    const slides = slidesFromArgument(argument, map.source.id, { takenIds: deck.slides.map((s) => s.id) });
    onCommand(insertSlides, { index: index + 1, slides, sources: [deckSourceOf(map)], newId: () => createSlideId() });
    setInserting(false);
    onInserted?.(slides.map((s) => s.id));
  };

  return (
    <TextDirectionContext.Provider value={deck.direction}>
      <YardstickContext.Provider value={yardstick}>
      <CitationDescriberContext.Provider value={describe}>
      <section className="bd-editor" aria-label="Slide editor" data-slide-id={slide.id} onFocusCapture={lastField.onFocus}>
        <div className="bd-row">
          <h2 className="bd-grow">
            Slide {index + 1} of {deck.slides.length}
            {slide.hidden ? <span className="bd-muted"> · hidden (backup)</span> : null}
          </h2>
          <button type="button" className="bd-btn" onClick={() => setInserting(true)}>
            Insert from argument map…
          </button>
          <button type="button" className="bd-btn" onClick={() => setLinking(true)}>
            Link to slide…
          </button>
        </div>
        <div className="bd-row">
          <LayoutPicker layout={slide.layout} onChange={(layout) => onCommand(changeLayout, { id: slide.id, layout })} />
          <TextField
            label="Portion marking"
            name="portionMarking"
            field="title.portionMarking"
            placeholder="(U)"
            maxLength={40}
            suggestions={PORTION_MARKINGS}
            value={slide.portionMarking ?? ''}
            onChange={(v) => onCommand(updateSlide, { id: slide.id, patch: { portionMarking: v === '' ? undefined : v } }, { mergeKey: fieldKey(slide.id, 'portionMarking') })}
          />
          {BODY_MARKED.includes(slide.layout) ? (
            <TextField
              label="Body marking"
              name="bodyPortionMarking"
              field="bodyPortionMarking"
              placeholder="(U)"
              maxLength={40}
              suggestions={PORTION_MARKINGS}
              value={slide.bodyPortionMarking ?? ''}
              onChange={(v) => onCommand(updateSlide, { id: slide.id, patch: { bodyPortionMarking: v === '' ? undefined : v } }, { mergeKey: fieldKey(slide.id, 'bodyPortionMarking') })}
            />
          ) : null}
          {slide.background ? (
            <TextField
              label="Picture marking"
              name="picturePortionMarking"
              field="background.portionMarking"
              placeholder="(U)"
              maxLength={40}
              suggestions={PORTION_MARKINGS}
              value={slide.background.portionMarking ?? ''}
              onChange={(v) => onCommand(setPicturePortionMarking, { slideId: slide.id, portionMarking: v }, { mergeKey: fieldKey(slide.id, 'background.portionMarking') })}
            />
          ) : null}
          <label className="bd-check" title="A hidden slide is a backup: skipped when presenting and exporting">
            <input type="checkbox" checked={slide.hidden} onChange={(e) => onCommand(setSlidesHidden, { ids: [slide.id], hidden: e.target.checked })} />
            Hidden (backup slide)
          </label>
        </div>
        <TextField
          label="Slide title"
          name="title"
          field="title"
          value={slide.title}
          onChange={(title) => onCommand(setSlideTitle, { id: slide.id, title }, { mergeKey: fieldKey(slide.id, 'title') })}
        />
        <LayoutForm deck={deck} slide={slide} onCommand={onCommand} citing={citing} />
        {slide.layout !== 'sources' ? (
          <section className="bd-section" aria-label="Slide citations">
            <div className="bd-row">
              <h3 className="bd-grow">Citations</h3>
              <button type="button" className="bd-btn" onClick={() => setPicking({ target: { kind: 'slide' }, name: 'slide' })}>
                Add citation…
              </button>
            </div>
            {isUncitedClaimSlide(slide) ? (
              <p className="bd-warning" role="note">
                <span aria-hidden="true">⚠</span> This slide makes claims but cites no source.
              </p>
            ) : null}
            <CitationChips
              label="Slide citations"
              citations={slide.citations}
              sources={deck.sources}
              onRemove={(i) => onCommand(setCitations, { slideId: slide.id, citations: slide.citations.filter((_, j) => j !== i) })}
            />
          </section>
        ) : null}
        <BackgroundField slide={slide} onCommand={onCommand} />
        {picking ? (
          <CitationPicker
            target={picking.name}
            maps={maps}
            error={argumentMaps.error}
            citations={citationsOfTarget(slide, picking.target) ?? []}
            onChange={(citations) => onCommand(setCitations, { slideId: slide.id, citations, target: picking.target, sources: sourcesFor(citations) })}
            onClose={() => setPicking(null)}
          />
        ) : null}
        {linking ? (
          <SlideLinkDialog slides={deck.slides} currentId={slide.id} hasField={lastField.field() !== null} onClose={() => setLinking(false)} onPick={(i) => {
            const field = lastField.field();
            setLinking(false);
            if (field) insertSlideLink(field, deck.slides[i], i + 1);
          }} />
        ) : null}
        {inserting ? (
          <InsertArgumentDialog maps={maps} error={argumentMaps.error} loading={argumentMaps.loading} onInsert={insert} onClose={() => setInserting(false)} />
        ) : null}
      </section>
      </CitationDescriberContext.Provider>
      </YardstickContext.Provider>
    </TextDirectionContext.Provider>
  );
}
