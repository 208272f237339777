import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-backends/fake-openai.js';
import { configureOpenAi } from '../helpers/fake-backends/licheng-project.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

// The slow-disk seam: every atomic write of the memory waits, so batches arrive while a save is
// between reading the file and renaming the new one into place.
vi.mock('../../src/stores/atomic-write.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/stores/atomic-write.js')>();
  return {
    ...real,
    writeTextAtomic: async (path: string, text: string) => {
      if (path.endsWith('memory.jsonl')) await new Promise((resolve) => setTimeout(resolve, 40));
      return real.writeTextAtomic(path, text);
    },
  };
});

/** 40 distinct sentences with figures, 4 to a paragraph. */
function report(): string {
  const paragraphs: string[] = ['各村脱贫情况'];
  for (let p = 0; p < 10; p += 1) {
    const sentences = Array.from({ length: 4 }, (_, s) => {
      const n = p * 4 + s + 1;
      return `第${n}村今年新增产业项目${n * 3}个，带动${n * 17 + 5}户增收。`;
    });
    paragraphs.push(sentences.join(''));
  }
  return `${paragraphs.join('\n\n')}\n`;
}

describe('duizhao translate with concurrent batches and a slow disk', () => {
  let project: TempProject;
  let server: FakeOpenAi;
  beforeEach(async () => {
    project = await createTempProject();
    await writeFile(join(project.root, 'villages.txt'), report());
    const added = await project.cli('add', join(project.root, 'villages.txt'), '--id', 'villages');
    expect(added.code).toBe(0);
    server = await startFakeOpenAi();
    await configureOpenAi(project, server, { batchSize: 2, concurrency: 4, maxFixAttempts: 0 });
  });
  afterEach(async () => {
    await server.close();
    await project.dispose();
  });

  it('every draft it reports is in the memory file when the command exits', async () => {
    // A server that alters figures now and then: those drafts are stored flagged.
    // Replies come back at staggered times, so batches arrive while another batch is being saved.
    for (let i = 0; i < 24; i += 1) {
      server.faults.push({ kind: 'slow', ms: (i * 37) % 90 }, i % 3 === 0 ? { kind: 'change-number' } : { kind: 'none' });
    }
    const result = await project.cli('translate', '--backend', 'openai');
    expect(result.err).not.toContain('error');
    expect(result.code).toBe(0);
    const reported = /openai: (\d+) drafts saved \((\d+) clean, (\d+) flagged for review\), 0 failed/.exec(result.out);
    expect(reported).not.toBeNull();
    const [total, clean, flagged] = reported!.slice(1).map(Number);
    expect(total).toBe(41);
    const lines = (await readFile(join(project.root, 'translations/memory/memory.jsonl'), 'utf8')).trim().split('\n');
    const drafts = lines.map((line) => JSON.parse(line) as { key: string; state: string; flags?: string[]; target: string });
    expect(drafts.filter((d) => d.state === 'draft')).toHaveLength(total!);
    expect(drafts.filter((d) => d.flags)).toHaveLength(flagged!);
    expect(drafts.filter((d) => !d.flags)).toHaveLength(clean!);
    expect(flagged).toBeGreaterThan(0);
    // Every sentence the server answered is there, with the English it sent.
    for (const batch of server.batches) for (const segment of batch) expect(drafts.find((d) => d.key === segment.zh)?.target).toMatch(/^Draft: /);
  });
});
