import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSegmentedReport } from '../../src/app/corpus.js';
import type { TranslationUnit } from '../../src/model/unit.js';
import { documentUnits } from '../../src/stages/segment/segment-document.js';
import { loadGlossary } from '../../src/stores/glossary-yaml.js';
import { loadMemory, MEMORY_FILE } from '../../src/stores/memory-jsonl.js';
import { GROOVY_JAR, OMEGAT_JAR, pocount, prepareSchemas, PYTHON, requirePeerTools, runTool, type Schemas } from '../helpers/peer-tools.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const REPORT = 'huguan-2019-taihang';
const RETITLED = 'Huguan County: the Taihang Spirit and the decisive battle against poverty';
const EDITED = 'Four-colour brands for steady income growth';

/**
 * Files duizhao writes, opened by the tools translators use (Debian's OmegaT 3.6.0, translate-toolkit
 * 3.8.4, gettext, xmllint), and what those tools give back, imported again. One OmegaT run (and one
 * run of its glossary reader) for the whole file: the JVM is slow to start.
 */
describe('exchange files in translators’ tools', () => {
  let project: TempProject;
  let units: TranslationUnit[];
  let schemas: Schemas;
  let omegat: { target: string; glossary: string };
  const path = (...parts: string[]) => join(project.root, ...parts);
  const cli = async (...argv: string[]) => {
    const result = await project.cli(...argv);
    expect(result.code, result.err).toBe(0);
    return result;
  };
  /** A project with the same memory, to import into. */
  const importProject = async (): Promise<TempProject> => {
    const target = await createTempProject({ withCorpus: true });
    await copyFile(path(MEMORY_FILE), join(target.root, MEMORY_FILE));
    return target;
  };

  beforeAll(async () => {
    requirePeerTools();
    project = await createTempProject({ withCorpus: true });
    schemas = await prepareSchemas(path('schemas'));
    units = documentUnits(await loadSegmentedReport(project.root, REPORT));
    // One machine draft, so that the files show a fuzzy unit next to translated ones (edited in the
    // file: the memory API rightly refuses to lower a human state).
    const lines = (await readFile(path(MEMORY_FILE), 'utf8')).split('\n').map((line) => {
      const entry = line ? (JSON.parse(line) as { key: string; state: string; origin: string }) : undefined;
      return entry?.key === units[2]!.key ? JSON.stringify({ ...entry, state: 'draft', origin: 'mt:fake' }) : line;
    });
    await writeFile(path(MEMORY_FILE), lines.join('\n'));
    expect((await loadMemory(project.root)).get(units[2]!.key)?.state).toBe('draft');
    omegat = await runOmegat();
  }, 300_000);
  afterAll(() => project?.dispose());

  /** An OmegaT project (OmegaT 3.6 only opens a folder holding omegat.project and omegat/): the report (--copy-source) in source/, the memory TMX in tm/auto, the TBX in glossary/. */
  async function runOmegat(): Promise<{ target: string; glossary: string }> {
    const dir = path('omegat-project');
    for (const sub of ['source', 'tm/auto', 'glossary', 'target', 'omegat', 'home']) await mkdir(join(dir, sub), { recursive: true });
    await copyFile(join(REPO_ROOT, 'test/fixtures/omegat/omegat.project'), join(dir, 'omegat.project'));
    await cli('xliff', 'export', REPORT, '--copy-source', '--out', join(dir, 'source', `${REPORT}.xlf`));
    await cli('glossary', 'export', '--format', 'tbx', '--out', join(dir, 'glossary', 'glossary.tbx'));
    await cli('memory', 'export', '--format', 'tmx', '--out', path('memory.tmx'));
    // The translator's TM: another English for the title, nothing for the second segment.
    const tmx = (await readFile(path('memory.tmx'), 'utf8'))
      .replace(/<tu [^>]*>(?:(?!<\/tu>)[\s\S])*?<\/tu>\s*/g, (tu) => (tu.includes(`<seg>${units[1]!.source}</seg>`) ? '' : tu))
      .replace(/(<seg>弘扬太行精神 决胜脱贫攻坚 壶关篇<\/seg>\s*<\/tuv>\s*<tuv xml:lang="en">\s*<seg>)[^<]*/, `$1${RETITLED}`);
    expect(tmx).toContain(RETITLED);
    await writeFile(join(dir, 'tm', 'auto', 'memory.tmx'), tmx);
    const java = ['-Djava.awt.headless=true', `-Duser.home=${join(dir, 'home')}`];
    const [, glossary] = await Promise.all([
      runTool('java', [...java, '-jar', OMEGAT_JAR, dir, '--mode=console-translate'], { timeout: 240_000 }),
      runTool('java', [...java, '-cp', `${OMEGAT_JAR}:${GROOVY_JAR}`, 'groovy.ui.GroovyMain', join(REPO_ROOT, 'test/fixtures/omegat/read-tbx.groovy'), dir, join(dir, 'glossary', 'glossary.tbx')], { timeout: 240_000 }),
    ]);
    return { target: join(dir, 'target', `${REPORT}.xlf`), glossary: glossary.stdout };
  }

  // translate-toolkit 3.8's TMX reader never reads the header's srclang (its sourcelanguage is always
  // the default "en"); it takes each <tu>'s first <tuv> as the source, which is the Chinese one.
  it('TMX: srclang is zh-Hans, valid against the TMX 1.4 DTD OmegaT ships; translate-toolkit reads Chinese as the source', async () => {
    const { out } = await cli('memory', 'export', '--format', 'tmx', '--out', path('m.tmx'));
    const entries = Number(/(\d+) entries/.exec(out)![1]);
    const chinese = (await loadMemory(project.root)).entries().filter((e) => /[\u4e00-\u9fff]/.test(e.source)).length;
    expect(await readFile(path('m.tmx'), 'utf8')).toContain('srclang="zh-Hans"');
    await runTool('xmllint', ['--noout', '--dtdvalid', schemas.tmxDtd, path('m.tmx')]);
    const { stdout } = await runTool(PYTHON, ['-c', [
      'import sys', 'from translate.storage import tmx', 'f = tmx.tmxfile.parsefile(sys.argv[1])',
      'print(len(f.units))', 'print(sum(1 for u in f.units if any("\\u4e00" <= c <= "\\u9fff" for c in u.source)))',
    ].join('\n'), path('m.tmx')]);
    const [count, chineseSources] = stdout.trim().split('\n');
    expect(Number(count)).toBe(entries);
    expect(Number(chineseSources)).toBe(chinese);
    expect(chinese).toBeGreaterThan(entries - 5);
  });

  it('XLIFF: valid against the OASIS XLIFF 1.2 strict schema; pocount counts human English as translated and the draft as fuzzy; xliff2po keeps the glossary notes', async () => {
    await cli('xliff', 'export', REPORT, '--out', path('r.xlf'));
    await runTool('xmllint', ['--noout', '--schema', schemas.xliffXsd, path('r.xlf')]);
    expect(await pocount(path('r.xlf'))).toEqual({ translated: units.length - 1, fuzzy: 1, untranslated: 0, total: units.length });
    await runTool('xliff2po', [path('r.xlf'), path('r-from-xliff.po')]);
    const po = await readFile(path('r-from-xliff.po'), 'utf8');
    const xml = await readFile(path('r.xlf'), 'utf8');
    const first = xml.slice(xml.indexOf(`id="${units[0]!.id}"`), xml.indexOf('</trans-unit>'));
    const notes = [...first.matchAll(/<note from="translator">([^<]*)<\/note>/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.startsWith('glossary: '))).toBe(true);
    expect(po).toContain(`${notes.map((n) => `# ${n}`).join('\n')}\n#: ${units[0]!.id}\n`);
    expect(po).toMatch(new RegExp(`#: ${units[2]!.id}\\n#, fuzzy\\nmsgid ""\\n"${units[2]!.source.slice(0, 10)}`));
  });

  it('PO: passes msgfmt --check; pocount agrees; po import and po2xliff → xliff import bring back exactly the edited message', async () => {
    await cli('po', 'export', REPORT, '--out', path('r.po'));
    const checked = await runTool('msgfmt', ['--check', '-o', '/dev/null', path('r.po')]);
    expect(checked.stderr).toBe('');
    expect(await pocount(path('r.po'))).toEqual({ translated: units.length - 1, fuzzy: 1, untranslated: 0, total: units.length });
    const po = await readFile(path('r.po'), 'utf8');
    const edited = po.replace(new RegExp(`(msgctxt "${units[1]!.id}"\\nmsgid (?:"[^\\n]*"\\n)+msgstr )(?:"[^\\n]*"\\n)+`), `$1"${EDITED}"\n`);
    expect(edited).not.toBe(po);
    await writeFile(path('edited.po'), edited);
    await runTool('po2xliff', [path('edited.po'), path('edited-po2xliff.xlf')]);

    for (const [argv, label] of [[['po', 'import', path('edited.po')], 'po import'], [['xliff', 'import', path('edited-po2xliff.xlf'), '--report', REPORT], 'po2xliff']] as const) {
      const target = await importProject();
      try {
        const before = await readFile(join(target.root, MEMORY_FILE), 'utf8');
        const { code, out } = await target.cli(...argv);
        expect(out, label).toBe(`imported (${REPORT}): 1 updated, ${units.length - 1} unchanged, 0 conflicts\n`);
        expect(code).toBe(0);
        expect((await loadMemory(target.root)).get(units[1]!.key)).toMatchObject({ target: EDITED, state: 'translated', origin: 'manual' });
        const after = (await readFile(join(target.root, MEMORY_FILE), 'utf8')).split('\n');
        expect(after.filter((line) => !before.includes(line)), label).toHaveLength(1);
      } finally {
        await target.dispose();
      }
    }
  });

  it('memory import of a po2xliff file stores no PO header', async () => {
    await cli('po', 'export', REPORT, '--out', path('h.po'));
    await runTool('po2xliff', [path('h.po'), path('h-po2xliff.xlf')]);
    expect(await readFile(path('h-po2xliff.xlf'), 'utf8')).toContain('restype="x-gettext-domain-header"');
    const target = await importProject();
    try {
      expect((await target.cli('memory', 'import', path('h-po2xliff.xlf'))).code).toBe(0);
      expect((await loadMemory(target.root)).entries().filter((e) => /Project-Id-Version|X-Duizhao-Report/.test(e.source + e.target))).toEqual([]);
    } finally {
      await target.dispose();
    }
  });

  it('TBX: valid against the TBX schema OmegaT ships; translate-toolkit and OmegaT’s glossary reader read the terms', async () => {
    await cli('glossary', 'export', '--format', 'tbx', '--out', path('g.tbx'));
    await runTool('xmllint', ['--noout', '--schema', schemas.tbxXsd, path('g.tbx')]);
    const entries = (await loadGlossary(project.root)).entries;
    const { stdout } = await runTool(PYTHON, ['-c', [
      'import sys', 'from translate.storage import tbx', 'f = tbx.tbxfile.parsefile(sys.argv[1])',
      'print(len(f.units))', 'for u in f.units:', '    print(u.source + "\\t" + u.target)',
    ].join('\n'), path('g.tbx')]);
    const [count, ...pairs] = stdout.trim().split('\n');
    expect(Number(count)).toBe(entries.length);
    expect(pairs).toContain('精准扶贫\ttargeted poverty alleviation');
    expect(omegat.glossary).toContain('entry\t精准扶贫\ttargeted poverty alleviation\n');
    // OmegaT lists each Chinese term (variants too) with each English term of its entry.
    const terms = new Set(entries.flatMap((e) => [e.zh, ...(e.variants ?? [])]));
    expect(new Set(omegat.glossary.split('\n').filter((l) => l.startsWith('entry\t')).map((l) => l.split('\t')[1]))).toEqual(terms);
  });

  it('OmegaT console-translate fills the --copy-source XLIFF from tm/auto; xliff import stores exactly the one changed unit', async () => {
    const xml = await readFile(omegat.target, 'utf8');
    await runTool('xmllint', ['--noout', '--schema', schemas.xliffXsd, omegat.target]);
    expect(xml).toContain(`<target state="new">${RETITLED}</target>`);
    expect(xml).toContain(`<target state="new">${units[1]!.source}</target>`); // not in the TM: left as the copy of the Chinese
    const target = await importProject();
    try {
      const before = await readFile(join(target.root, MEMORY_FILE), 'utf8');
      const { code, out } = await target.cli('xliff', 'import', omegat.target);
      expect(out).toBe(`imported (${REPORT}): 1 updated, ${units.length - 1} unchanged, 0 conflicts\n`);
      expect(code).toBe(0);
      const memory = await loadMemory(target.root);
      expect(memory.get(units[0]!.key)).toMatchObject({ target: RETITLED, state: 'translated', origin: 'manual' });
      expect(memory.get(units[1]!.key)?.target).not.toBe(units[1]!.source);
      const after = (await readFile(join(target.root, MEMORY_FILE), 'utf8')).split('\n');
      expect(after.filter((line) => !before.includes(line))).toHaveLength(1);
    } finally {
      await target.dispose();
    }
  });
});
