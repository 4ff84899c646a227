import { BulletListEditor } from '../fields/BulletListEditor';
import type { SlideFormProps } from '../SlideFormProps';
import { bulletActions } from './bulletActions';

/** The bullets layout: one list of bullets with indent levels, build steps and per-bullet citations. */
export function BulletsForm({ slide, onCommand, citing }: SlideFormProps<'bullets'>) {
  return (
    <section className="bd-section" aria-label="Bullets">
      <h3>Bullets</h3>
      <p className="bd-hint">Enter adds a bullet below; Tab and Shift+Tab indent and outdent.</p>
      <BulletListEditor
        label="Bullets"
        bullets={slide.bullets}
        actions={bulletActions(slide.id, 'bullets', onCommand, citing, '')}
        sources={citing.sources}
        warnUncited={citing.warnUncited}
        path="bullets"
      />
    </section>
  );
}
