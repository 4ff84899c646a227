import { createRequire } from 'node:module';
import type { ChartEngine } from '../../../src-shared/render/chart/chartEngine';

const requireHere = createRequire(__filename);
let engine: ChartEngine | undefined;

/**
 * ECharts for `renderChartSvg` in the Node bundles (CLI, Electron main), loaded on the first chart drawn rather
 * than at start: loading it costs ~0.5 s of CPU (bench/cli-export.mjs, a PDF export of a deck with no chart), more than
 * playwright-core. electron.vite.config.ts builds this file in place of src-shared/render/chart/chartEngine.ts,
 * with the same exports and the same ECharts modules.
 */
export function chartEngine(): ChartEngine {
  if (!engine) {
    const core = requireHere('echarts/core') as ChartEngine['core'];
    const charts = requireHere('echarts/charts') as typeof import('echarts/charts');
    const components = requireHere('echarts/components') as typeof import('echarts/components');
    const renderers = requireHere('echarts/renderers') as typeof import('echarts/renderers');
    engine = { core, modules: [charts.BarChart, charts.LineChart, components.GridComponent, components.LegendComponent, renderers.SVGRenderer] };
  }
  return engine;
}
