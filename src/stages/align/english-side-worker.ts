import { workerData } from 'node:worker_threads';
import { englishSide, type EnglishSideInput } from './english-side.js';
import type { EnglishSideData } from './english-side-thread.js';

/**
 * The worker thread of english-side-thread.ts: computes the English side, posts it (typed arrays
 * transferred, not copied) or the error on the port, and then sets the state word and wakes the
 * main thread, which waits for it synchronously. State 1: running (the progress counter ticks).
 */
const { port, state, input } = workerData as EnglishSideData & { input: EnglishSideInput };
Atomics.store(state, 0, 1);
try {
  const side = englishSide(input, () => Atomics.add(state, 1, 1));
  port.postMessage({ side }, [side.enIds.buffer, side.enOffsets.buffer, side.zhIds.buffer, side.zhOffsets.buffer]);
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
}
Atomics.store(state, 0, 2);
Atomics.notify(state, 0);
// Ended here rather than by the caller's terminate(), which takes effect only when its event loop
// turns, after the alignment: the heap of this thread is freed while the caller still works.
process.exit(0);
