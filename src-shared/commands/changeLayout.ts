import type { Layout } from '../deck';
import { defineCommand } from './command';
import { convertLayout } from './convertLayout';
import { updateSlideById } from './slideAccess';

/** Changes a slide's layout, keeping its text (see convertLayout). */
export const changeLayout = defineCommand<{ id: string; layout: Layout }>({
  name: 'changeLayout',
  label: 'Change layout',
  perform(deck, { id, layout }) {
    return updateSlideById(deck, id, (s) => convertLayout(s, layout));
  },
});
