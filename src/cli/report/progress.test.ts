import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { createProgress } from './progress.js';

describe('createProgress', () => {
  it('prints plain lines when stdout is not a terminal, at most every `every` items', () => {
    const io = memoryIo('/tmp');
    const progress = createProgress(io, { total: 10, unit: 'segments', every: 4 });
    for (const done of [2, 4, 6, 8, 10]) progress.update(done, done === 10 ? '(1 flagged)' : '');
    progress.log('retry 1 in 2.0 s: HTTP 429');
    progress.stop();
    expect(io.out.join('')).toBe('4/10 segments\n8/10 segments\n10/10 segments (1 flagged)\nretry 1 in 2.0 s: HTTP 429\n');
  });

  it('draws a bar with count and ETA on a terminal', () => {
    const io = { ...memoryIo('/tmp'), isTTY: true };
    const progress = createProgress(io, { total: 8, unit: 'segments' });
    progress.update(4);
    progress.stop();
    const text = io.out.join('');
    expect(text).toMatch(/4\/8 segments \| \d+\/min \| ETA /);
    expect(text).toContain('8 segments');
  });
});
