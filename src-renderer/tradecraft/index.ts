/** The Tradecraft feature: the checks' runner, the panel, and the open-finding count for the toolbar's toggle. */
export { TradecraftChecks, CHECK_DEBOUNCE_MS } from './TradecraftChecks';
export { TradecraftPanel } from './TradecraftPanel';
export { useFindings, useOpenFindingCount, findingsStore } from './findingsStore';
export { focusFinding } from './focusFinding';
export { fieldTargets } from './fieldTargets';
