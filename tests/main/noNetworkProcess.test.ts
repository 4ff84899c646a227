/**
 * No network, at the level of the operating system: a PDF export by the CLI (Node and every Chromium process it
 * starts) runs under strace, which records each socket, connect and send of the whole process tree. The pages we
 * print refuse every request already (tested elsewhere); this is about Chromium itself, which looked up Google hosts
 * for sign-in and updates until every name was made to resolve to "not found" in the process (CHROMIUM_ARGS).
 * Allowed: local sockets, and the UDP "connect" Chromium uses to learn whether IPv6 is routable, which sends nothing.
 * Needs strace (.ci/run installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BIN, ROOT, ensureBuiltCli, tempDir } from './exportTestKit';

const hasStrace = (() => {
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * What one process's trace (strace -ff: one file a process, so no call is split over two lines) shows it did on
 * IPv4/IPv6 sockets: TCP connects, connects to port 53 (DNS), and sends.
 */
function networkUse(trace: string): { tcp: string[]; dns: string[]; sends: string[] } {
  const kind = new Map<string, 'tcp' | 'udp'>();
  const tcp: string[] = [];
  const dns: string[] = [];
  const sends: string[] = [];
  for (const line of trace.split('\n')) {
    // A closed descriptor's number is reused (for a local socket, a pipe, a file): forget what it was.
    const closed = /^close\((\d+)\)/.exec(line);
    if (closed) kind.delete(closed[1]);
    const made = /socket\(AF_INET6?, (SOCK_\w+)[^)]*\)\s*=\s*(\d+)/.exec(line);
    if (made) kind.set(made[2], made[1] === 'SOCK_STREAM' ? 'tcp' : 'udp');
    const connect = /connect\((\d+), \{sa_family=AF_INET6?,/.exec(line);
    if (connect) {
      if (/htons\(53\)/.test(line)) dns.push(line);
      if (kind.get(connect[1]) !== 'udp') tcp.push(line);
    }
    const send = /(?:sendto|sendmsg|sendmmsg)\((\d+),/.exec(line);
    if (send && (kind.has(send[1]) || /AF_INET/.test(line))) sends.push(line);
  }
  return { tcp, dns, sends };
}

test.skipIf(!hasStrace)('a PDF export sends nothing to the network: no DNS query, no TCP connection, no packet', () => {
  ensureBuiltCli();
  const dir = tempDir();
  const trace = join(dir, 'trace');
  const r = spawnSync('strace', ['-ff', '-qq', '-e', 'trace=socket,connect,sendto,sendmsg,sendmmsg,close', '-o', trace, process.execPath, BIN, 'export', '--template', 'five-minute-bluf', '--format', 'pdf', '--out', join(dir, 'bluf.pdf')], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  expect(r.stdout, r.stderr).toMatch(/^wrote .*bluf\.pdf/m);
  expect(r.status).toBe(0);
  const files = readdirSync(dir).filter((f) => f.startsWith('trace.'));
  expect(files.length, 'one trace a process: Node and Chromium\'s').toBeGreaterThan(2);
  const each = files.map((f) => networkUse(readFileSync(join(dir, f), 'utf8')));
  const use = { dns: each.flatMap((u) => u.dns), tcp: each.flatMap((u) => u.tcp), sends: each.flatMap((u) => u.sends) };
  expect(use.dns, 'DNS queries').toEqual([]);
  expect(use.tcp, 'TCP connections').toEqual([]);
  expect(use.sends, 'packets sent on IP sockets').toEqual([]);
}, 180_000);
