import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { englishSide, type EnglishSide, type EnglishSideInput } from './english-side.js';

/**
 * Runs englishSide (english-side.ts) on a worker thread while the caller computes the Chinese
 * features, and hands the result back synchronously (the aligner's API stays synchronous): the
 * worker posts its result on a port, sets a shared state word and wakes the waiting caller, which
 * takes the message with receiveMessageOnPort. Small inputs stay on the calling thread: a worker
 * takes tens of milliseconds to start and load its modules (hundreds on a loaded machine), about
 * what the English side of 2,000 sentence pairs costs (some 100 µs a pair once warm).
 */
export interface EnglishSideData {
  port: MessagePort;
  /** [0]: 0 not started, 1 running, 2 posted; [1]: progress ticks. */
  state: Int32Array;
}

/** Sentences (both sides together) from which a worker is worth its start. */
export const THREAD_FROM = 4000;
/** How long the caller waits for a worker that has not started, or has stopped ticking, before computing the side itself. */
const STALL_MS = 30_000;

/** The English side, from a worker when `threaded` (default: at THREAD_FROM sentences). Call the returned function once. */
export function startEnglishSide(input: EnglishSideInput, threaded = input.en.length + input.zh.length >= THREAD_FROM): () => EnglishSide {
  const url = new URL(`./english-side-worker${extname(import.meta.url)}`, import.meta.url);
  if (!threaded || !existsSync(url)) return () => englishSide(input);
  const { port1, port2 } = new MessageChannel();
  const state = new Int32Array(new SharedArrayBuffer(8));
  const data: EnglishSideData & { input: EnglishSideInput } = { port: port2, state, input };
  const [script, how] = workerScript(url);
  // No flags of the caller's (--input-type, --cpu-prof …): some stop a worker from starting on a file.
  const worker = new Worker(script, { ...how, execArgv: [], workerData: data, transferList: [port2] });
  worker.unref();
  // A worker that fails to start is noticed by its silence (waitForMessage); its error event comes later and is moot.
  worker.on('error', () => {});
  return () => {
    const message = waitForMessage(state, port1);
    port1.close();
    void worker.terminate();
    // A worker that failed leaves the work to this thread, where an error in it is thrown as usual.
    return message !== undefined && 'side' in message ? message.side : englishSide(input);
  };
}

/** The worker's message, or undefined when it never started or stopped ticking (then the caller does the work). */
function waitForMessage(state: Int32Array, port: MessagePort): { side: EnglishSide } | { error: string } | undefined {
  let ticks = -1;
  while (Atomics.load(state, 0) !== 2) {
    const now = Atomics.load(state, 1) + Atomics.load(state, 0);
    if (now === ticks) return undefined;
    ticks = now;
    Atomics.wait(state, 0, Atomics.load(state, 0), STALL_MS);
  }
  return receiveMessageOnPort(port)?.message as { side: EnglishSide } | { error: string } | undefined;
}

/**
 * The built worker file as it is; under tsx (bench, tests: the source is TypeScript) a bootstrap that
 * registers tsx's loader first, since Node 20 does not apply a worker's --import hooks to its entry file.
 */
function workerScript(url: URL): [string | URL, { eval?: boolean }] {
  if (!url.pathname.endsWith('.ts')) return [url, {}];
  return [`import(${JSON.stringify(tsxApi())}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(url.href)}))`, { eval: true }];
}

/** tsx's ES module API (its CommonJS twin, which require.resolve finds, does not register in a worker). */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return new URL(exports['./esm/api']!.import.default, pathToFileURL(manifest)).href;
}

function extname(url: string): string {
  return url.slice(url.lastIndexOf('.'));
}
