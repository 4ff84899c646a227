import * as core from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/** The parts of ECharts 6 a chart drawing uses: `init`, `use`, `setPlatformAPI`, and the modules given to `use`. */
export interface ChartEngine {
  core: Pick<typeof core, 'init' | 'use' | 'setPlatformAPI'>;
  modules: Parameters<typeof core.use>[0];
}

const ENGINE: ChartEngine = { core, modules: [BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer] };

/**
 * ECharts for `renderChartSvg`, loaded with this module (the renderer, the tests). The Node bundles (CLI, Electron
 * main) build with src-main/services/render/lazyChartEngine.ts in its place (electron.vite.config.ts), which loads
 * ECharts on the first chart drawn, so that an export of a deck without charts does not pay its ~0.5 s CPU of loading.
 */
export function chartEngine(): ChartEngine {
  return ENGINE;
}
