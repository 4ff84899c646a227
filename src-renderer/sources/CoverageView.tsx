import type { CoverageSlide, SourceCoverage } from '../../src-shared/coverage';
import { formatParagraphs } from '../../src-shared/sources';
import { editorStore } from '../store';

function SlideLinks({ slides }: { slides: readonly CoverageSlide[] }) {
  return (
    <ul className="sp-slide-links">
      {slides.map((s) => (
        <li key={s.id}>
          <button type="button" className="sp-link" onClick={() => editorStore.getState().selectSlide(s.id, 'replace')}>
            Slide {s.index + 1}: {s.title || 'Untitled'}
            {s.hidden ? ' (hidden)' : ''}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The Coverage tab for one source: a strip of ¶ cells (cited or not; a click opens the paragraph), the counts, the
 * paragraphs never cited, each cited paragraph's slides (links that select the slide; hidden slides marked), and,
 * when the source has an argument map, the arguments the deck cites and those it never cites.
 */
export function CoverageView({ coverage }: { coverage: SourceCoverage }) {
  const { paragraphs, cited, neverCited, hiddenOnly, unknown } = coverage;
  const known = coverage.paragraphCount;
  const cells = paragraphs.filter((p) => !unknown.includes(p.n));
  const argumentTitle = new Map((coverage.arguments ?? []).map((a) => [a.id, a.title]));
  return (
    <div className="sp-coverage">
      <p className="sp-cov-summary" role="status">
        {known === null ? `${cited.length} paragraphs cited; the source’s paragraph count is not known.` : `${cited.length - unknown.length} of ${known} paragraphs cited, ${neverCited.length} never cited.`}
      </p>
      <ul className="sp-cells" aria-label="Paragraphs cited and not cited">
        {cells.map((p) => {
          const state = p.slides.length === 0 ? 'not cited' : hiddenOnly.includes(p.n) ? 'cited on hidden slides only' : `cited on ${p.slides.length} slide${p.slides.length === 1 ? '' : 's'}`;
          return (
            <li key={p.n}>
              <button
                type="button"
                className={`sp-cell${p.slides.length ? ' cited' : ''}${hiddenOnly.includes(p.n) ? ' hidden-only' : ''}`}
                aria-label={`¶${p.n}: ${state}`}
                title={`¶${p.n}: ${state}`}
                onClick={() => editorStore.getState().openSource(coverage.sourceId, [p.n])}
              >
                {p.n}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="sp-never">
        <strong>Never cited:</strong> {neverCited.length ? formatParagraphs(neverCited) : 'none'}
      </p>
      {unknown.length ? <p className="bd-warning">Cited but not in the source: {formatParagraphs(unknown)}</p> : null}
      <h3 className="sp-heading">Slides resting on each paragraph</h3>
      <ul className="sp-cov-list" aria-label="Slides by paragraph">
        {paragraphs
          .filter((p) => p.slides.length > 0)
          .map((p) => (
            <li key={p.n}>
              <span className="sp-ref">¶{p.n}</span>
              <SlideLinks slides={p.slides} />
            </li>
          ))}
      </ul>
      {coverage.arguments ? (
        <>
          <h3 className="sp-heading">Arguments</h3>
          <section aria-label="Arguments cited">
            <h4 className="sp-subheading">Cited ({coverage.citedArguments.length})</h4>
            <ul className="sp-cov-list">
              {coverage.arguments
                .filter((a) => a.slides.length > 0)
                .map((a) => (
                  <li key={a.id}>
                    <span>{a.title}</span>
                    <SlideLinks slides={a.slides} />
                  </li>
                ))}
            </ul>
          </section>
          <section aria-label="Arguments never cited">
            <h4 className="sp-subheading">Never cited ({coverage.uncitedArguments.length})</h4>
            <ul className="sp-cov-list">
              {coverage.uncitedArguments.map((id) => (
                <li key={id}>{argumentTitle.get(id)}</li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}
