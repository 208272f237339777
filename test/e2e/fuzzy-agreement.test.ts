import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportStatus } from '../../src/app/report-status.js';
import { translateReports } from '../../src/app/translate-reports.js';
import { segmentKey } from '../../src/text/segment-key.js';
import { loadMemory } from '../../src/stores/memory-jsonl.js';
import type { FakeOpenAi } from '../helpers/fake-backends/fake-openai.js';
import { createLichengWithOpenAi } from '../helpers/fake-backends/licheng-project.js';
import type { TempProject } from '../helpers/temp-project.js';

/** Near-misses of two Licheng sentences: one translated, one with English but state empty. */
const NEAR = [
  { source: '经过5年的持续攻坚，累计减贫2964户6796人。', target: 'After five years, 2,964 households (6,796 people) left poverty.', state: 'translated' as const },
  { source: '10个贫困村全部退出了。', target: 'All 10 poor villages have left the list.', state: 'empty' as const },
];

describe('status and translate --only agree about fuzzy matches', () => {
  let project: TempProject;
  let server: FakeOpenAi;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ project, server, dispose } = await createLichengWithOpenAi());
    const memory = await loadMemory(project.root);
    for (const n of NEAR) memory.upsert({ key: segmentKey(n.source), source: n.source, target: n.target, state: n.state, origin: 'manual', reports: ['other'] });
    await memory.save();
  });
  afterEach(() => dispose());

  const dryRun = (only: 'fuzzy' | 'missing') => translateReports(project.root, { only, dryRun: true, env: {} });

  it('counts the same segments as fuzzy (and as missing, the repeated sentence once)', async () => {
    const [status] = await reportStatus(project.root);
    expect(status).toMatchObject({ segments: 9, fuzzy: 2, missing: 7 });
    expect((await dryRun('fuzzy')).segments).toBe(status!.fuzzy);
    expect((await dryRun('missing')).segments).toBe(status!.missing - 1);
  });

  it('uses memory.fuzzyThreshold from duizhao.yaml for both', async () => {
    await writeFile(join(project.root, 'duizhao.yaml'), `memory:\n  fuzzyThreshold: 95\nbackends:\n  openai:\n    baseUrl: ${server.baseUrl}\n    model: m\n`);
    const [status] = await reportStatus(project.root);
    // 经过4年… scores 96 against 经过5年…, 10个贫困村全部退出。 only 91.67 against …退出了。
    expect(status).toMatchObject({ fuzzy: 1, missing: 8 });
    expect((await dryRun('fuzzy')).segments).toBe(1);
    expect((await dryRun('missing')).segments).toBe(7);
  });
});
