/**
 * The preload entry against a fake `electron` module: it exposes exactly one object, `api`, through contextBridge,
 * and never ipcRenderer itself (Electron checklist item 20).
 */
import { expect, it, vi } from 'vitest';
import { INVOKE_METHODS } from '../../src-shared/ipc';

const fake = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true })), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
  getPathForFile: vi.fn(() => '/home/analyst/brief.briefdeck'),
}));
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld: fake.exposeInMainWorld }, ipcRenderer: fake.ipcRenderer, webUtils: { getPathForFile: fake.getPathForFile } }));

it('exposes only window.api, built from the contract, with no access to ipcRenderer', async () => {
  await import('../../src-main/electron/preload');
  expect(fake.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = fake.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
  expect(name).toBe('api');
  expect(Object.keys(api).sort()).toEqual([...Object.values(INVOKE_METHODS), 'on', 'pathForFile'].sort());
  for (const value of Object.values(api)) expect(value).not.toBe(fake.ipcRenderer);
  await (api.setDirty as (r: unknown) => Promise<unknown>)({ dirty: true });
  expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('app:setDirty', { dirty: true });
  expect((api.pathForFile as (f: unknown) => string)({ name: 'brief.briefdeck' })).toBe('/home/analyst/brief.briefdeck');
  expect(fake.ipcRenderer.send).not.toHaveBeenCalled();
  expect(fake.ipcRenderer.sendSync).not.toHaveBeenCalled();
});
