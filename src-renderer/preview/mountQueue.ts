import { useEffect, useState } from 'react';

/**
 * Mounting a thumbnail iframe costs the main thread about 10-15 ms (a new document, reveal.js CSS, layout at
 * 1280x720). Opening a deck mounts a screenful of them; done at once that would hold the first keystroke for a
 * second. This queue lets them mount a few per frame instead, after the editor has painted.
 */
const PER_FRAME = 2;
const waiting: (() => void)[] = [];
let scheduled = false;

function pump(): void {
  scheduled = false;
  for (let i = 0; i < PER_FRAME && waiting.length > 0; i++) waiting.shift()!();
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // A task after the next frame: the frame paints first, then a few mounts run.
  requestAnimationFrame(() => setTimeout(pump, 0));
}

/** False until this component's turn in the queue (a few per frame), then true for good. */
export function useQueuedMount(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    const grant = () => {
      if (live) setReady(true);
    };
    waiting.push(grant);
    schedule();
    return () => {
      live = false;
      const i = waiting.indexOf(grant);
      if (i >= 0) waiting.splice(i, 1);
    };
  }, []);
  return ready;
}
