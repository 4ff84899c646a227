import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDeck } from '../../src-shared/deck';
import { BIN, ensureBuiltCli, ROOT, tempDir } from './exportTestKit';

/**
 * writeFileAtomic (src-main/services/atomicWrite.ts) as a normal user, which is how the app and the CLI run: root
 * may write any file, so the in-process tests cannot see a permission problem. The built CLI's `new --force` writes
 * with writeOutputFile = writeFileAtomic; it is run as uid/gid 65534 (nobody). Needs root to switch user.
 */
const NOBODY = 65534;
const canSwitchUser = process.platform === 'linux' && process.getuid?.() === 0;
if (!canSwitchUser) console.log('atomicWriteNonRoot.test: skipped (needs root to run the CLI as another user)');

beforeAll(() => ensureBuiltCli(), 120_000);

describe.skipIf(!canSwitchUser)('writeFileAtomic as a normal user', () => {
  test('replacing a file with mode 0444 writes every byte, keeps the mode and owner, leaves no temp file', () => {
    const dir = tempDir();
    chownSync(dir, NOBODY, NOBODY);
    const file = join(dir, 'deck.briefdeck');
    writeFileSync(file, '{"old": true}');
    chownSync(file, NOBODY, NOBODY);
    chmodSync(file, 0o444);
    const r = spawnSync(process.execPath, [BIN, 'new', '--template', 'five-minute-bluf', '--out', file, '--force'], { cwd: ROOT, uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const st = statSync(file);
    expect(st.mode & 0o777).toBe(0o444);
    expect([st.uid, st.gid]).toEqual([NOBODY, NOBODY]);
    const parsed = parseDeck(readFileSync(file));
    expect(parsed.ok && parsed.deck.title).toMatch(/five-minute BLUF/);
    expect(readdirSync(dir)).toEqual(['deck.briefdeck']);
  });
});
