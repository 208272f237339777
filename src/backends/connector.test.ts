import { describe, expect, it } from 'vitest';
import { BackendUnavailableError, ConfigError, EXIT_CODES } from '../errors.js';
import { createConnector, type ConnectorOptions } from './connector.js';
import { HttpError, NetworkError } from './http-error.js';

/** A fake clock: sleeps advance it instantly and are recorded. */
function fakeTime(startMs = Date.parse('2024-03-01T08:00:00Z')) {
  const state = { now: startMs, sleeps: [] as number[] };
  return {
    state,
    now: () => state.now,
    sleep: async (ms: number) => {
      state.sleeps.push(ms);
      state.now += ms;
    },
  };
}

function connector(overrides: Partial<ConnectorOptions> = {}) {
  const time = fakeTime();
  const c = createConnector({
    name: 'openai', concurrency: 2, timeoutMs: 1000, maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1000,
    now: time.now, sleep: time.sleep, random: () => 0.5, ...overrides,
  });
  return { c, time };
}

/** A task that fails with the scripted errors in turn, then answers "ok". */
function scripted(errors: Error[]) {
  const calls = { n: 0 };
  const task = async () => {
    const error = errors[calls.n++];
    if (error) throw error;
    return 'ok';
  };
  return { task, calls };
}

const url = 'http://127.0.0.1:9/v1/chat/completions';

describe('createConnector', () => {
  it('retries 500 and 429 with exponential backoff and full jitter', async () => {
    const { c, time } = connector();
    const { task, calls } = scripted([new HttpError(url, 500, 'boom'), new HttpError(url, 429, ''), new NetworkError(url, 'ECONNRESET')]);
    await expect(c.run(task)).resolves.toBe('ok');
    expect(calls.n).toBe(4);
    // random 0.5 × min(1000, 100·2^attempt): 50, 100, 200.
    expect(time.state.sleeps).toEqual([50, 100, 200]);
  });

  it('caps the backoff at maxDelayMs', async () => {
    const { c, time } = connector({ maxRetries: 6, random: () => 0.999 });
    const { task } = scripted(Array.from({ length: 6 }, () => new HttpError(url, 503, '')));
    await c.run(task);
    expect(time.state.sleeps).toEqual([99, 199, 399, 799, 999, 999]);
  });

  it.each([
    ['delay-seconds', '7', 7000],
    ['an HTTP date 90 s ahead', 'Fri, 01 Mar 2024 08:01:30 GMT', 90_000],
    ['a date in the past', 'Fri, 01 Mar 2024 07:00:00 GMT', 0],
    ['more than the cap', '3600', 120_000],
  ])('honours Retry-After given as %s', async (_label, header, expected) => {
    const { c, time } = connector();
    const { task } = scripted([new HttpError(url, 429, 'slow down', header)]);
    await c.run(task);
    expect(time.state.sleeps).toEqual([expected]);
  });

  it.each([
    [400, 'backend/rejected'],
    [401, 'backend/unauthorized'],
    [403, 'backend/unauthorized'],
  ])('does not retry HTTP %i and fails with a clear config error', async (status, code) => {
    const { c, time } = connector({ hints: { unauthorized: 'Set OPENAI_API_KEY.' } });
    const { task, calls } = scripted([new HttpError(url, status, '{"error":"no"}')]);
    const error = await c.run(task).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe(code);
    expect((error as ConfigError).exitCode).toBe(EXIT_CODES.usage);
    expect((error as ConfigError).message).toContain(`HTTP ${status}`);
    if (status !== 400) expect((error as ConfigError).hint).toBe('Set OPENAI_API_KEY.');
    expect(calls.n).toBe(1);
    expect(time.state.sleeps).toEqual([]);
  });

  it('gives up with BackendUnavailableError (exit 3) after the retry budget', async () => {
    const { c, time } = connector({ maxRetries: 2 });
    const { task, calls } = scripted(Array.from({ length: 10 }, () => new NetworkError(url, 'fetch failed (ECONNREFUSED)')));
    const error = await c.run(task).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendUnavailableError);
    expect((error as BackendUnavailableError).exitCode).toBe(3);
    expect((error as Error).message).toMatch(/unavailable after 3 attempts: .*ECONNREFUSED/);
    expect(calls.n).toBe(3);
    expect(time.state.sleeps).toHaveLength(2);
  });

  it('aborts a hanging request after timeoutMs and retries it', async () => {
    const { c } = connector({ timeoutMs: 30, maxRetries: 1 });
    let calls = 0;
    const task = (signal: AbortSignal) => new Promise<string>((resolve, reject) => {
      calls += 1;
      if (calls === 2) return resolve('second try');
      signal.addEventListener('abort', () => reject(signal.reason));
    });
    await expect(c.run(task)).resolves.toBe('second try');
    expect(calls).toBe(2);
  });

  it('stops at once, without retrying, when the caller aborts', async () => {
    const { c, time } = connector();
    const outer = new AbortController();
    const task = async () => {
      outer.abort(new Error('interrupted'));
      throw new NetworkError(url, 'socket hang up');
    };
    await expect(c.run(task, outer.signal)).rejects.toThrow('interrupted');
    expect(time.state.sleeps).toEqual([]);
  });

  it('runs at most `concurrency` requests at once', async () => {
    const { c } = connector({ concurrency: 2 });
    let active = 0;
    let peak = 0;
    const task = async () => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      active -= 1;
      return active;
    };
    await Promise.all(Array.from({ length: 7 }, () => c.run(task)));
    expect(peak).toBe(2);
  });
});
