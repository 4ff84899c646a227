import type { PreflightIssue } from '../../src-shared/export';

const KIND_LABEL: Record<PreflightIssue['kind'], string> = { overflow: 'Overflow', uncited: 'No citation', font: 'Font', network: 'Network', image: 'Image', 'alt-text': 'Alt text', tradecraft: 'Tradecraft', 'slide-link': 'Slide link', empty: 'Empty' };

/**
 * React keys for the findings: each finding's own text (kind, slide, message), numbered when repeated. When the
 * measured list replaces the quick one, a finding in both keeps its element, so a click as the list updates still
 * goes to the finding clicked, not to whichever one took its place.
 */
function issueKeys(issues: readonly PreflightIssue[]): string[] {
  const seen = new Map<string, number>();
  return issues.map((issue) => {
    const key = `${issue.kind}|${issue.slideIndex ?? ''}|${issue.message}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}|${n}`;
  });
}

/**
 * The pre-export check's findings, errors first within each slide; a finding that names a slide is a button that
 * jumps to it (`onJump(issue)`; a tradecraft finding also names its field).
 */
export function PreflightList({ issues, measuring, error, onJump }: { issues: PreflightIssue[]; measuring: boolean; error: string | null; onJump(issue: PreflightIssue): void }) {
  const keys = issueKeys(issues);
  return (
    <section className="export-preflight" aria-labelledby="export-preflight-title" aria-busy={measuring}>
      <h3 id="export-preflight-title">
        Pre-export check {measuring ? <span className="export-muted">(measuring…)</span> : issues.length === 0 ? <span className="export-ok">no problems found</span> : <span className="export-muted">({issues.length})</span>}
      </h3>
      {error && <p className="export-error">The full check could not run: {error}</p>}
      {issues.length > 0 && (
        <ul className="export-issues">
          {issues.map((issue, i) => (
            <li key={keys[i]} className={`export-issue export-issue-${issue.severity}`}>
              <span className="export-issue-kind">{KIND_LABEL[issue.kind]}</span>
              {issue.slideIndex !== null ? (
                <button type="button" className="export-issue-jump" onClick={() => onJump(issue)} title="Go to the slide">
                  {issue.message}
                </button>
              ) : (
                <span>{issue.message}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
