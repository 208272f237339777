import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSegmentedReport } from '../../../src/app/corpus.js';
import { documentUnits } from '../../../src/stages/segment/segment-document.js';
import { createTempProject, type TempProject } from '../temp-project.js';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai.js';

/** A small report: real sentences of the Licheng report, one of them repeated. */
export const LICHENG = `弘扬太行精神 决胜脱贫攻坚

黎城县属于“插花”贫困县，辖5镇4乡227个村，总人口16.5万。贫困人口3601户8055人，贫困发生率为6.2%。

黎城县坚持“精准扶贫、精准脱贫”基本方略。全县上下主动作为、奋力攻坚。

经过4年的持续攻坚，累计减贫2964户6796人。10个贫困村全部退出。

脱贫攻坚，是当前最大的政治任务。黎城县坚持“精准扶贫、精准脱贫”基本方略。
`;

const SLOGANS = `- zh: 精准扶贫
  en: targeted poverty alleviation
  kind: slogan
  forbidden: [precise poverty alleviation]
  status: approved
- zh: 精准脱贫
  en: targeted poverty elimination
  kind: slogan
  status: approved
- zh: 脱贫攻坚
  en: the fight against poverty
  kind: slogan
  status: approved
`;
const PLACES = `- zh: 黎城县
  en: Licheng County
  kind: place
  status: approved
`;

export async function createLichengProject(): Promise<TempProject> {
  const project = await createTempProject();
  await writeFile(join(project.root, 'licheng.txt'), LICHENG);
  const added = await project.cli('add', join(project.root, 'licheng.txt'), '--id', 'licheng');
  if (added.code !== 0) throw new Error(`add failed: ${added.err}`);
  await mkdir(join(project.root, 'glossary'), { recursive: true });
  await writeFile(join(project.root, 'glossary', 'slogans.yaml'), SLOGANS);
  await writeFile(join(project.root, 'glossary', 'places.yaml'), PLACES);
  return project;
}

export async function configureOpenAi(project: TempProject, server: FakeOpenAi, overrides: Record<string, string | number> = {}): Promise<void> {
  const options = { baseUrl: server.baseUrl, model: 'qwen2.5:7b-instruct', batchSize: 3, concurrency: 1, timeoutMs: 2000, maxRetries: 1, ...overrides };
  const lines = Object.entries(options).map(([key, value]) => `    ${key}: ${value}`);
  await writeFile(join(project.root, 'duizhao.yaml'), `backends:\n  openai:\n${lines.join('\n')}\n`);
}

export async function distinctSources(project: TempProject): Promise<string[]> {
  const units = documentUnits(await loadSegmentedReport(project.root, 'licheng'));
  return [...new Set(units.map((u) => u.source))];
}

/** The Licheng project configured for a fake OpenAI server (both fresh); dispose closes both. */
export async function createLichengWithOpenAi(overrides: Record<string, string | number> = {}): Promise<{ project: TempProject; server: FakeOpenAi; dispose(): Promise<void> }> {
  const project = await createLichengProject();
  const server = await startFakeOpenAi();
  await configureOpenAi(project, server, overrides);
  return { project, server, dispose: async () => { await server.close(); await project.dispose(); } };
}
