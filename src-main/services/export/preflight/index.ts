/** The pre-export check: `runPreflight(deck, options, probe?)`, with `ChromiumPreflightProbe` for the CLI and tests. */
export { runPreflight } from './runPreflight';
export { ChromiumPreflightProbe, type PreflightProbe, type LayoutMeasure } from './preflightProbe';
