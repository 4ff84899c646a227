import { defineCommand } from './command';
import { updateSlideById } from './slideAccess';

/** Sets a slide's title (the undo menu says "Edit title"). */
export const setSlideTitle = defineCommand<{ id: string; title: string }>({
  name: 'setSlideTitle',
  label: 'Edit title',
  perform(deck, { id, title }) {
    return updateSlideById(deck, id, (s) => (s.title === title ? s : { ...s, title }));
  },
});
