import type { Deck, Slide } from '../../src-shared/deck';
import { BlufForm } from './forms/BlufForm';
import { BulletsForm } from './forms/BulletsForm';
import { ChangesForm } from './forms/ChangesForm';
import { ChartForm } from './forms/ChartForm';
import { MapForm } from './forms/MapForm';
import { QuoteForm } from './forms/QuoteForm';
import { PictureForm } from './forms/PictureForm';
import { SectionForm } from './forms/SectionForm';
import { SourcesForm } from './forms/SourcesForm';
import { TableForm } from './forms/TableForm';
import { TimelineForm } from './forms/TimelineForm';
import { TitleForm } from './forms/TitleForm';
import { TwoColumnForm } from './forms/TwoColumnForm';
import type { CitingProps, Dispatch } from './SlideFormProps';

/** Props of {@link LayoutForm}. */
export interface LayoutFormProps {
  deck: Deck;
  slide: Slide;
  onCommand: Dispatch;
  citing: CitingProps;
}

/** The form for the slide's layout (one component per layout, in ./forms). */
export function LayoutForm({ deck, slide, onCommand, citing }: LayoutFormProps) {
  switch (slide.layout) {
    case 'title':
      return <TitleForm slide={slide} onCommand={onCommand} citing={citing} />;
    case 'bluf':
      return <BlufForm slide={slide} onCommand={onCommand} citing={citing} />;
    case 'bullets':
      return <BulletsForm slide={slide} onCommand={onCommand} citing={citing} />;
    case 'two-column':
      return <TwoColumnForm slide={slide} onCommand={onCommand} citing={citing} />;
    case 'table':
      return <TableForm slide={slide} onCommand={onCommand} citing={citing} />;
    case 'timeline':
      return <TimelineForm slide={slide} onCommand={onCommand} citing={citing} />;
    case 'quote':
      return <QuoteForm slide={slide} onCommand={onCommand} citing={citing} />;
    case 'section':
      return <SectionForm slide={slide} onCommand={onCommand} citing={citing} />;
    case 'sources':
      return <SourcesForm deck={deck} />;
    case 'chart':
      return <ChartForm slide={slide} onCommand={onCommand} citing={citing} />;
    case 'picture':
      return <PictureForm slide={slide} onCommand={onCommand} citing={citing} />;
    case 'map':
      return <MapForm slide={slide} onCommand={onCommand} citing={citing} />;
    case 'changes':
      return <ChangesForm deck={deck} />;
  }
}
