import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * electron-vite build for the three targets. Output: out/main (Electron main, the CLI and the `npm start` launcher), out/preload (one sandboxed
 * CommonJS file), out/renderer (the React app and the sandboxed slide frame).
 * Source: electron-vite docs, "Configuring" (main/preload/renderer sections); layout notes in docs/stack.md.
 */
/**
 * Node bundles only: ECharts loads on the first chart drawn (src-main/services/render/lazyChartEngine.ts) instead of
 * at start, in place of src-shared/render/chart/chartEngine.ts, which the renderer and the tests load as is.
 */
const lazyChartEngine = {
  name: 'briefdeck-lazy-chart-engine',
  enforce: 'pre' as const,
  resolveId(source: string, importer: string | undefined) {
    if (source === './chartEngine' && importer?.replace(/\\/g, '/').endsWith('src-shared/render/chart/chartSvg.ts')) return resolve(__dirname, 'src-main/services/render/lazyChartEngine.ts');
    return null;
  },
};

export default defineConfig({
  main: {
    plugins: [lazyChartEngine],
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src-main/electron/main.ts'),
          cli: resolve(__dirname, 'src-main/cli/main.ts'),
          // `npm start`: checks for the Electron runtime before starting it (src-main/launch/start.ts).
          start: resolve(__dirname, 'src-main/launch/start.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only `electron`: bundle zod and everything else into the one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src-renderer/index.html'),
          'slide-frame': resolve(__dirname, 'src-renderer/slide-frame.html'),
        },
      },
    },
  },
});
