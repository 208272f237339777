import { readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMORY_FILE } from '../../src/stores/memory-jsonl.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { snapshotProject } from '../helpers/project-snapshot.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';
import { startFakeOpenAi } from '../helpers/fake-backends/fake-openai.js';
import { configureOpenAi, createLichengProject } from '../helpers/fake-backends/licheng-project.js';
import { existsSync } from 'node:fs';

describe('the same project built with its memory in git and on a PostgreSQL server', () => {
  let cluster: PgCluster;
  let git: TempProject;
  let server: TempProject;
  beforeAll(async () => {
    cluster = await startPgCluster();
    git = await createTempProject({ withCorpus: true });
    server = await createTempProject({ withCorpus: true });
  });
  afterAll(async () => {
    await git?.dispose();
    await server?.dispose();
    cluster?.stop();
  });

  it('gives byte-identical editions, and a pull of the server gives the memory file git would hold', async () => {
    await appendFile(join(server.root, 'duizhao.yaml'), `memory:\n  backend: postgres\n  url: ${cluster.createDatabase('corpus')}\n`);
    expect((await server.cli('db', 'migrate')).code).toBe(0);
    const push = await server.cli('memory', 'push');
    expect(push.out).toMatch(/^pushed: \d+ added, 0 updated, 0 unchanged, 0 conflicts\n$/);
    await rm(join(server.root, MEMORY_FILE));
    const builtGit = await git.cli('build');
    const builtServer = await server.cli('build');
    expect(builtServer.code).toBe(builtGit.code);
    const editions = async (p: TempProject) => new Map([...(await snapshotProject(join(p.root, 'translations')))].filter(([path]) => !path.startsWith('memory/')));
    const fromGit = await editions(git);
    expect(fromGit.size).toBeGreaterThanOrEqual(10);
    expect(await editions(server)).toEqual(fromGit);
    await writeFile(join(server.root, MEMORY_FILE), '');
    expect((await server.cli('memory', 'pull')).code).toBe(0);
    expect(await readFile(join(server.root, MEMORY_FILE), 'utf8')).toBe(await readFile(join(git.root, MEMORY_FILE), 'utf8'));
  }, 120_000);

  it('translate stores its drafts on the server and leaves human English there alone (not sent, not replaced)', async () => {
    const project = await createLichengProject();
    const openai = await startFakeOpenAi();
    try {
      await configureOpenAi(project, openai);
      await appendFile(join(project.root, 'duizhao.yaml'), `memory:\n  backend: postgres\n  url: ${cluster.createDatabase('translate')}\n`);
      await project.cli('db', 'migrate');
      const human = '脱贫攻坚，是当前最大的政治任务。';
      await writeFile(join(project.root, 'human.jsonl'), `${JSON.stringify({ zh: human, en: 'The fight against poverty is the foremost task.' })}\n`);
      expect((await project.cli('memory', 'import', join(project.root, 'human.jsonl'))).code).toBe(0);
      const translated = await project.cli('translate', '--backend', 'openai');
      expect(translated.out).toContain('openai: 7 drafts saved');
      expect(JSON.parse((await project.cli('memory', 'stats', '--json')).out).byState).toMatchObject({ draft: 7, translated: 1 });
      expect(JSON.parse((await project.cli('memory', 'lookup', human, '--json')).out).exact.target).toBe('The fight against poverty is the foremost task.');
      expect(openai.served.get(human) ?? 0).toBe(0);
      expect(existsSync(join(project.root, MEMORY_FILE))).toBe(false);
    } finally {
      await openai.close();
      await project.dispose();
    }
  }, 60_000);
});
