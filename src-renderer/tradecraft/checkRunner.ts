import type { Deck } from '../../src-shared/deck';
import type { ArgumentMap } from '../../src-shared/sources';
import { checkDeck, type Finding } from '../../src-shared/tradecraft';

type Answer = { id: number; findings?: Finding[]; error?: string };

let worker: Worker | null | undefined;
let seq = 0;
const pending = new Map<number, { resolve(f: Finding[]): void; reject(e: Error): void }>();

/** The checks' worker, started on first use; null where workers cannot start (then the checks run in the page). */
function checksWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Answer>) => {
      const job = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (!job) return;
      if (e.data.findings) job.resolve(e.data.findings);
      else job.reject(new Error(e.data.error ?? 'the tradecraft checks failed'));
    };
    worker.onerror = () => {
      // The worker could not load (a host that refuses workers): answer what is pending in the page, and stay there.
      worker?.terminate();
      worker = null;
      for (const [, job] of pending) job.reject(new Error('worker unavailable'));
      pending.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Runs checkDeck on `deck` off the page's main thread (a dedicated worker), or in the page where no worker can run.
 * Resolves with the findings (src-shared/tradecraft Finding[]); rejects only if the checks themselves throw.
 */
export async function runChecks(deck: Deck, argumentMaps: readonly ArgumentMap[]): Promise<Finding[]> {
  const w = checksWorker();
  if (!w) return checkDeck(deck, { argumentMaps });
  const id = ++seq;
  try {
    return await new Promise<Finding[]>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.postMessage({ id, deck, argumentMaps });
    });
  } catch (err) {
    if (worker === null) return checkDeck(deck, { argumentMaps });
    throw err;
  }
}
