import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  REQUEST_SCHEMAS,
  EVENT_NAMES,
  INVOKE_CHANNELS,
  INVOKE_METHODS,
  isIpcFailure,
  validateRequest,
  type BriefDeckApi,
} from '../../src-shared/ipc';

const deck = { schemaVersion: 2, title: 'Ankara and Tehran', slides: [{ id: 's1', layout: 'title', title: 'Hello' }] };

describe('IPC contract', () => {
  it('gives every invoke channel a schema and a distinct window.api method name', () => {
    for (const channel of INVOKE_CHANNELS) expect(REQUEST_SCHEMAS).toHaveProperty([channel]);
    const methods = Object.values(INVOKE_METHODS);
    expect(new Set(methods).size).toBe(methods.length);
    expect(methods).not.toContain('on');
    expect(methods).not.toContain('pathForFile');
    expect(EVENT_NAMES).toContain('menu:command');
  });

  it('rejects channels outside the contract, including prototype keys', () => {
    for (const channel of ['fs:readFile', '__proto__', 'constructor', 'toString', 42, undefined]) {
      const r = validateRequest(channel, {});
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.failure.error.code).toBe('unknown-channel');
    }
  });

  it('rejects invalid requests with the JSON path of the problem', () => {
    const r = validateRequest('deck:save', { deck: { ...deck, slides: [{ id: 's1', layout: 'nope' }] } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failure.error.code).toBe('invalid-request');
      expect(r.failure.error.message).toContain('deck.slides.0');
      expect(isIpcFailure(r.failure)).toBe(true);
    }
    expect(validateRequest('deck:openPath', {}).ok).toBe(false);
    expect(validateRequest('deck:openPath', { path: 'a\0b' }).ok).toBe(false);
    expect(validateRequest('templates:list', { extra: 1 }).ok).toBe(false);
    expect(validateRequest('recovery:read', { key: '../../etc/passwd' }).ok).toBe(false);
    expect(validateRequest('app:setDirty', { dirty: 'yes' }).ok).toBe(false);
  });

  it('accepts valid requests and applies the schema defaults', () => {
    const r = validateRequest('export:run', { deck, options: { format: 'pdf' } });
    expect(r.ok).toBe(true);
    if (r.ok) {
      const req = r.request as { options: { pdfLayout: string; audience: boolean }; deck: { theme: string } };
      expect(req.options.pdfLayout).toBe('slides');
      expect(req.options.audience).toBe(false);
      expect(req.deck.theme).toBe('briefing-light');
    }
    expect(validateRequest('templates:list', undefined).ok).toBe(true);
    expect(validateRequest('deck:open', {}).ok).toBe(true);
  });

  it('types window.api with one function per channel', () => {
    expectTypeOf<BriefDeckApi['listTemplates']>().toBeFunction();
    expectTypeOf<Parameters<BriefDeckApi['openDeckPath']>[0]>().toEqualTypeOf<{ path: string }>();
    // Requests with no required field may be left out; others may not (checked by tsc).
    const _noArgs = (api: BriefDeckApi) => [api.listRecovery(), api.listTemplates(), api.openDeck(), api.closeWindow()];
    // @ts-expect-error openDeckPath needs { path }
    const _needsPath = (api: BriefDeckApi) => api.openDeckPath();
    expectTypeOf<ReturnType<BriefDeckApi['setDirty']>>().resolves.toMatchTypeOf<{ ok: true } | { error: unknown }>();
  });
});
