import { readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMORY_FILE } from '../../src/stores/memory-jsonl.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { snapshotProject } from '../helpers/project-snapshot.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

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
});
