import { defineCommand } from './command';
import { updateSlideById } from './slideAccess';

/**
 * Sets the portion marking of a slide's picture (its background image; ICD 710 marks pictures as portions), e.g.
 * "(U)" or "TLP:GREEN"; an empty or `undefined` mark clears it. A slide with no picture is left alone (the input deck
 * is returned).
 */
export const setPicturePortionMarking = defineCommand<{ slideId: string; portionMarking: string | undefined }>({
  name: 'setPicturePortionMarking',
  label: 'Edit picture marking',
  perform(deck, { slideId, portionMarking }) {
    const mark = portionMarking === '' ? undefined : portionMarking;
    return updateSlideById(deck, slideId, (slide) => {
      const picture = slide.background;
      if (!picture || picture.portionMarking === mark) return slide;
      const { portionMarking: _old, ...rest } = picture;
      return { ...slide, background: mark === undefined ? rest : { ...rest, portionMarking: mark } };
    });
  },
});
