/**
 * The preload (sandboxed; bundled by electron-vite into ONE CommonJS file, out/preload/index.cjs, that requires only
 * `electron` at run time). It exposes exactly one object, `window.api`, built from the IPC contract, and never
 * `ipcRenderer` itself (Electron checklist item 20; docs/practices.md "What not to copy").
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildPreloadApi } from './preloadApi';

contextBridge.exposeInMainWorld('api', buildPreloadApi(ipcRenderer, (file: File) => webUtils.getPathForFile(file)));
