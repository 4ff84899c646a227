import type { Layout, Slide } from '../deck';
import { defineCommand } from './command';
import { convertLayout } from './convertLayout';
import { updateSlideById } from './slideAccess';

/** The declared keys of a (loose) object type, without its `[k: string]: unknown` index signature. */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };
/** Every declared key of every slide layout. */
type AnySlideKey = Slide extends infer S ? (S extends unknown ? KnownKeys<S> : never) : never;
/** The type of field K in the layouts that declare it. */
type SlideField<K> = Slide extends infer S ? (S extends unknown ? (K extends keyof S ? S[K] : never) : never) : never;

/** Any slide field but `id`; `layout` changes the layout (see convertLayout). */
export type SlidePatch = { layout?: Layout } & { [K in Exclude<AnySlideKey, 'id' | 'layout'>]?: SlideField<K> };

export interface UpdateSlideArgs {
  id: string;
  patch: SlidePatch;
}

/**
 * Patches a slide's fields (title, subtitle, caption, BLUF text, portion marking ...). A `layout` in the patch first
 * converts the slide with convertLayout (keeping its text); the other fields then apply. Fields equal to the current
 * value change nothing (the input deck is returned when nothing changes).
 */
export const updateSlide = defineCommand<UpdateSlideArgs>({
  name: 'updateSlide',
  label: 'Edit slide',
  perform(deck, { id, patch }) {
    return updateSlideById(deck, id, (slide) => {
      const { layout, ...fields } = patch as SlidePatch & Record<string, unknown>;
      let next: Slide = layout !== undefined ? convertLayout(slide, layout) : slide;
      const changed = Object.entries(fields).filter(([k, v]) => k !== 'id' && (next as Record<string, unknown>)[k] !== v);
      if (changed.length > 0) next = { ...next, ...Object.fromEntries(changed) } as Slide;
      return next;
    });
  },
});

