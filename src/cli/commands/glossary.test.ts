import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentKey } from '../../text/segment-key.js';
import { GLOSSARY_BASIC, glossaryTempProject } from '../../stores/fixtures/glossary-temp-project.js';
import { updateGlossaryEntry } from '../../stores/glossary-yaml.js';
import { loadMemory } from '../../stores/memory-jsonl.js';
import { memoryIo } from '../io.js';
import { run } from '../main.js';

async function cli(root: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(root);
  const code = await run(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const S1 = '沁县坚持精准扶贫方略，全面落实“两不愁三保障”。';
const S2 = '牢牢把握精准扶贫精准脱贫基本方略，紧紧围绕“两不愁,三保障”目标要求。';

/** The fixture project (glossary + one report) with English for two segments in the memory. */
async function project(): Promise<string> {
  const root = await glossaryTempProject({}, GLOSSARY_BASIC);
  const memory = await loadMemory(root);
  memory.upsert({ key: segmentKey(S1), source: S1, target: 'Qin County adhered to Targeted Poverty Alleviation and the two assurances and three guarantees.', state: 'reviewed', origin: 'manual', reports: ['qin-demo'] });
  memory.upsert({ key: segmentKey(S2), source: S2, target: 'We kept to precision poverty relief and precise poverty exit.', state: 'translated', origin: 'manual', reports: ['qin-demo'] });
  await memory.save();
  return root;
}

describe('duizhao glossary', () => {
  it('list filters by kind and prints JSON; a bad kind is a usage error', async () => {
    const root = await project();
    const listed = await cli(root, 'glossary', 'list', '--kind', 'place', '--json');
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.out) as { en: string }[]).map((e) => e.en)).toEqual(['Qin County', 'Changzhi']);
    expect((await cli(root, 'glossary', 'list', '--status', 'approved')).out.split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual(['精准扶贫', '扶贫', '两不愁三保障']);
    const bad = await cli(root, 'glossary', 'list', '--kind', 'slogans');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--kind must be one of slogan, programme');
  });

  it('show finds an entry from Traditional text, and exits 1 for an unknown term', async () => {
    const root = await project();
    const shown = await cli(root, 'glossary', 'show', '鞏固拓展脫貧攻堅成果');
    expect(shown.out).toContain('巩固拓展脱贫攻坚成果  →  consolidating and expanding the achievements in poverty alleviation');
    expect(shown.out).toContain('later mentions: consolidating the gains');
    expect(shown.out).toContain('defined at glossary/policies.yaml:23');
    expect((await cli(root, 'glossary', 'show', '乡村振兴')).code).toBe(1);
  });

  it('add appends to the kind file and refuses a duplicate with exit 2', async () => {
    const root = await project();
    const added = await cli(root, 'glossary', 'add', '三率一度', 'three rates and one degree', '--kind', 'slogan', '--note', 'Exit checks.', '--forbidden', '3 rates 1 degree', '--forbidden', 'three rates one degree');
    expect(added).toMatchObject({ code: 0, out: 'added 三率一度 → three rates and one degree to glossary/slogans.yaml:19\n' });
    expect(await readFile(join(root, 'glossary/slogans.yaml'), 'utf8')).toContain('- zh: 三率一度\n  en: three rates and one degree\n  kind: slogan\n  forbidden: [3 rates 1 degree, three rates one degree]\n  note: Exit checks.\n  status: proposed\n');
    const dup = await cli(root, 'glossary', 'add', '精準扶貧', 'precision poverty relief', '--kind', 'policy');
    expect(dup.code).toBe(2);
    expect(dup.err).toContain('entry "精準扶貧" is already defined at glossary/policies.yaml:2:7 as entry "精准扶贫".');
  });

  it('lint warns about unused and deprecated-in-corpus entries (exit 0, or 1 with --strict)', async () => {
    const root = await project();
    const lint = await cli(root, 'glossary', 'lint');
    expect(lint.code).toBe(0);
    expect(lint.out).toContain('corpus/qin-demo/zh.md:11 [0913670816]: warning: the deprecated entry "扶贫办" occurs as "扶贫办".');
    expect(lint.out).toContain('glossary/places.yaml:7:3: warning: entry "长治" is not found in any of the 6 corpus segments.');
    expect(lint.out).toContain('glossary/policies.yaml:37:3: warning: entry "扶贫办" has kind "institution" but is in policies.yaml.');
    expect(lint.out).not.toContain('entry "精准扶贫" is not found');
    expect(lint.out).toMatch(/13 entries in 5 files, checked against 6 corpus segments: 0 errors, \d+ warnings\n$/);
    expect((await cli(root, 'glossary', 'lint', '--strict')).code).toBe(1);
    const json = JSON.parse((await cli(root, 'glossary', 'lint', '--json')).out) as { counts: { error: number } };
    expect(json.counts.error).toBe(0);
  });

  it('lint reports every error with its position and exits 2', async () => {
    const root = await project();
    await writeFile(join(root, 'glossary/units.yaml'), '- zh: 亩\n  kind: unit\n  status: proposed\n- zh: 万元\n  en: ten thousand yuan\n  kind: unti\n  status: proposed\n');
    const lint = await cli(root, 'glossary', 'lint');
    expect(lint.code).toBe(2);
    expect(lint.out).toContain('glossary/units.yaml:1:3: entry "亩" has no "en" value. Add one or remove the entry.\n');
    expect(lint.out).toContain('glossary/units.yaml:6:9: entry "万元" has kind "unti", which is not a glossary kind.');
    const list = await cli(root, 'glossary', 'list');
    expect(list.code).toBe(2);
    expect(list.err).toContain('duizhao: The glossary has 2 errors; nothing was loaded.\n  glossary/units.yaml:1:3: entry "亩" has no "en" value.');
  });

  it('usage lists each occurrence with the memory English and whether it uses the rendering', async () => {
    const root = await project();
    const usage = await cli(root, 'glossary', 'usage', '精准扶贫');
    expect(usage.out).toBe([
      'qin-demo dfc9a633d8 (corpus/qin-demo/zh.md:7)',
      '  沁县坚持⟦精准扶贫⟧方略，全面落实“两不愁三保障”。',
      '  ✓ Qin County adhered to Targeted Poverty Alleviation and the two assurances and three guarantees.',
      'qin-demo babca5d4f6 (corpus/qin-demo/zh.md:9)',
      '  牢牢把握⟦精准扶贫⟧精准脱贫基本方略，紧紧围绕“两不愁,三保障”目标要求。',
      '  ✗ We kept to precision poverty relief and precise poverty exit.',
      '精准扶贫 → targeted poverty alleviation: 2 occurrences, 1 whose English does not use the rendering',
      '',
    ].join('\n'));
    const slogan = JSON.parse((await cli(root, 'glossary', 'usage', '两不愁、三保障', '--json')).out) as { occurrences: { surface: string }[] };
    expect(slogan.occurrences.map((o) => o.surface)).toEqual(['两不愁三保障', '两不愁,三保障']);
  });

  it('suggest leaves out covered terms', async () => {
    const root = await project();
    const suggested = JSON.parse((await cli(root, 'glossary', 'suggest', '--json')).out) as { zh: string }[];
    expect(suggested.map((c) => c.zh)).not.toContain('卢展明');
    expect((await cli(root, 'glossary', 'suggest', '--limit', 'x')).code).toBe(2);
  });

  it('export → import into an empty project gives the same glossary (TBX and CSV)', async () => {
    const root = await project();
    for (const format of ['tbx', 'csv']) {
      const file = join(root, `out.${format}`);
      expect((await cli(root, 'glossary', 'export', '--format', format, '--out', file)).code).toBe(0);
      const empty = await glossaryTempProject();
      const imported = await cli(empty, 'glossary', 'import', file);
      expect(imported.out).toBe('imported: 13 added, 0 updated, 0 unchanged, 0 conflicts, 0 differing in other fields\n');
      const strip = (out: string) => (JSON.parse(out) as Record<string, unknown>[]).map(({ origin: _o, ...e }) => e).sort((a, b) => String(a.zh).localeCompare(String(b.zh)));
      expect(strip((await cli(empty, 'glossary', 'list', '--json')).out)).toEqual(strip((await cli(root, 'glossary', 'list', '--json')).out));
      expect((await cli(empty, 'glossary', 'import', file)).out).toContain('0 added, 0 updated, 13 unchanged');
    }
    const bundle = JSON.parse((await cli(root, 'glossary', 'export', '--format', 'i18next')).out) as Record<string, { glossary: Record<string, string> }>;
    expect(bundle.en?.glossary['精准扶贫']).toBe('targeted poverty alleviation');
  });

  it('import reports a conflicting rendering (exit 1) and takes it with --update', async () => {
    const root = await project();
    const csv = join(root, 'in.csv');
    await writeFile(csv, 'zh,en,kind,status,note\n精准扶贫,precision poverty alleviation,policy,proposed,From a partner glossary.\n易地扶贫搬迁,relocation for poverty alleviation,policy,proposed,Moving households.\n');
    const dry = await cli(root, 'glossary', 'import', csv);
    expect(dry.code).toBe(1);
    expect(dry.out).toContain('1 added, 0 updated, 0 unchanged, 1 conflicts');
    expect(dry.out).toContain('conflict 精准扶贫: glossary has "targeted poverty alleviation", file has "precision poverty alleviation"');
    const updated = await cli(root, 'glossary', 'import', csv, '--update');
    expect(updated).toMatchObject({ code: 0 });
    expect(updated.out).toContain('0 added, 1 updated, 1 unchanged');
    expect(JSON.parse((await cli(root, 'glossary', 'show', '精准扶贫', '--json')).out)).toMatchObject({ en: 'precision poverty alleviation', note: 'From a partner glossary.' });
    const bad = join(root, 'bad.csv');
    await writeFile(bad, 'zh,en,kind\n扶贫开发,poverty alleviation and development,policies\n');
    const rejected = await cli(root, 'glossary', 'import', bad);
    expect(rejected.code).toBe(2);
    expect(rejected.err).toContain('扶贫开发: entry "扶贫开发" has kind "policies", which is not a glossary kind.');
  });

  it('apply replaces the old rendering in the memory (case kept) and flags entries for review', async () => {
    const root = await project();
    await updateGlossaryEntry(root, '精准扶贫', { en: 'targeted poverty reduction' });
    const applied = await cli(root, 'glossary', 'apply', '--old', 'targeted poverty alleviation', '--zh', '精准扶贫');
    expect(applied.out).toContain('1 changed renderings; 1 memory entries updated, 1 flagged for review\n');
    const memory = await loadMemory(root);
    expect(memory.get(segmentKey(S1))).toMatchObject({
      target: 'Qin County adhered to Targeted Poverty Reduction and the two assurances and three guarantees.', state: 'reviewed',
      flags: ['glossary/changed: 精准扶贫 "targeted poverty alleviation" → "targeted poverty reduction"'],
    });
    expect(memory.get(segmentKey(S2))).toMatchObject({
      target: 'We kept to precision poverty relief and precise poverty exit.',
      flags: ['glossary/review: 精准扶贫 is now "targeted poverty reduction" (was "targeted poverty alleviation")'],
    });
  });

  it('apply with a term the glossary lacks is an input error (exit 2) with a hint, and changes no memory entry', async () => {
    const root = await project();
    const before = await readFile(join(root, 'translations/memory/memory.jsonl'), 'utf8');
    const result = await cli(root, 'glossary', 'apply', '--old', 'rural revitalisation', '--zh', '乡村振兴');
    expect(result.code).toBe(2);
    expect(result.err).toContain('The glossary has no entry "乡村振兴" (as zh or variant).');
    expect(result.err).toContain('hint: --zh names the term whose English changed');
    expect(await readFile(join(root, 'translations/memory/memory.jsonl'), 'utf8')).toBe(before);
  });

  it('apply --from-git finds the changed renderings in git history', async () => {
    const root = await project();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', 'glossary');
    git('commit', '-q', '-m', 'glossary');
    await updateGlossaryEntry(root, '精准扶贫', { en: 'targeted poverty reduction' });
    const dry = await cli(root, 'glossary', 'apply', '--from-git', 'HEAD', '--dry-run');
    expect(dry.out).toContain('1 changed renderings; 1 memory entries would be updated, 1 flagged for review');
    expect((await loadMemory(root)).get(segmentKey(S1))?.flags).toBeUndefined();
    expect((await cli(root, 'glossary', 'apply', '--from-git', 'no-such-rev')).code).toBe(2);
  });
});
