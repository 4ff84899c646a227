import { PictureField } from '../pictures/PictureField';
import type { SlideFormProps } from '../SlideFormProps';

/** The picture layout: one picture with its alt text, caption and source line (drop or paste one on the window). */
export function PictureForm({ slide, onCommand }: SlideFormProps<'picture'>) {
  return (
    <section className="bd-section" aria-label="Picture">
      <h3>Picture</h3>
      <PictureField slideId={slide.id} target="picture" picture={slide.picture} onCommand={onCommand} label="Picture" windowInput />
    </section>
  );
}
