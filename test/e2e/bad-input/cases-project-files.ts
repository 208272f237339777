import { BINARY, conflictMarkers, edit, encode, insertAfter, put, remove, type BadInputCase, type FileChange } from './bad-input-case.js';

type Exit = 0 | 1 | 2;
interface ClassCase {
  name: string;
  change: FileChange;
  exit: Exit;
  line?: number;
  says?: RegExp;
}

/** Every class of a file crossed with every command that reads it. */
function cross(file: string, classes: ClassCase[], commands: Array<{ argv: string[]; writes: string[] }>): BadInputCase[] {
  return commands.flatMap(({ argv, writes }) =>
    classes.map((k) => ({
      name: `${argv.join(' ')} · ${file}: ${k.name}`, changes: [k.change], argv, exit: k.exit, names: file, writes,
      ...(k.line !== undefined ? { line: k.line } : {}), ...(k.says ? { says: k.says } : {}),
    })));
}

const BUILD = { argv: ['build'], writes: ['translations/'] };
const STATUS = { argv: ['status'], writes: [] };
const CHECK = { argv: ['check'], writes: [] };
const LINT = { argv: ['glossary', 'lint'], writes: [] };

/** The encodings, binary and merge-conflict classes any UTF-8 text file meets. */
function textClasses(path: string, conflictLine: number): ClassCase[] {
  return [
    { name: 'UTF-8 BOM is accepted', change: edit(path, encode.utf8Bom), exit: 0 },
    { name: 'CRLF line ends are accepted', change: edit(path, encode.crlf), exit: 0 },
    { name: 'UTF-16LE with BOM', change: edit(path, encode.utf16leBom), exit: 2 },
    { name: 'binary bytes', change: put(path, BINARY), exit: 2 },
    { name: 'a NUL byte', change: edit(path, (t) => t.replace(/: /, ': \u0000')), exit: 2 },
    { name: 'git conflict markers', change: edit(path, (t) => conflictMarkers(t, conflictLine)), exit: 2, line: conflictLine },
  ];
}

const REPORT = 'corpus/licheng/report.yaml';
const reportClasses: ClassCase[] = [
  ...textClasses(REPORT, 2),
  { name: 'invalid YAML (unclosed quote)', change: edit(REPORT, (t) => t.replace('title: ', 'title: "')), exit: 2 },
  { name: 'a list instead of a mapping', change: put(REPORT, '- title: 弘扬太行精神\n- script: Hans\n'), exit: 2 },
  { name: '"title" missing', change: edit(REPORT, (t) => t.replace(/^title:.*\n/m, '')), exit: 2, says: /title/ },
  { name: '"script" of the wrong type', change: edit(REPORT, (t) => t.replace('script: Hans', 'script: 3')), exit: 2, says: /script/ },
  { name: 'a duplicate key', change: edit(REPORT, (t) => insertAfter(t, /^county:/, 'county: 壶关县')), exit: 2, line: 4 },
  { name: 'empty file', change: put(REPORT, ''), exit: 2, says: /title/ },
  { name: 'an alias to no anchor', change: edit(REPORT, (t) => t.replace('county: 黎城县', 'county: *county')), exit: 2, line: 3, says: /alias/ },
];

const CONFIG = 'duizhao.yaml';
const configClasses: ClassCase[] = [
  ...textClasses(CONFIG, 2),
  { name: 'invalid YAML', change: put(CONFIG, 'check:\n  rules: [unclosed\n'), exit: 2 },
  { name: 'a list instead of a mapping', change: put(CONFIG, '- check\n- backends\n'), exit: 2 },
  { name: 'a line of prose', change: put(CONFIG, 'just some words someone typed here\n'), exit: 2 },
  { name: '"check" is a number', change: put(CONFIG, 'check: 3\n'), exit: 2, line: 1 },
  { name: 'an unknown rule severity', change: put(CONFIG, 'check:\n  rules:\n    text/length-ratio: sometimes\n'), exit: 2, line: 3 },
  { name: 'a duplicate key', change: put(CONFIG, 'check:\n  rules:\n    text/length-ratio: off\ncheck:\n  rules: {}\n'), exit: 2, line: 4 },
  { name: 'empty file (defaults)', change: put(CONFIG, ''), exit: 0 },
  { name: 'a merge key with an alias to no anchor', change: put(CONFIG, 'check:\n  <<: *defaults\n'), exit: 2, line: 2, says: /alias/ },
];
const configForAll = configClasses.filter((k) => /invalid YAML|a list|prose/.test(k.name));

const GLOSSARY = 'glossary/slogans.yaml';
const glossaryClasses: ClassCase[] = [
  ...textClasses(GLOSSARY, 2),
  { name: 'invalid YAML (unclosed flow list)', change: edit(GLOSSARY, (t) => t.replace('forbidden: [precise poverty alleviation]', 'forbidden: [precise poverty alleviation')), exit: 2 },
  { name: 'a duplicate key in an entry', change: edit(GLOSSARY, (t) => insertAfter(t, /^ {2}en: targeted/, '  en: precise poverty alleviation')), exit: 2, line: 3 },
  { name: '"en" is a list', change: edit(GLOSSARY, (t) => t.replace('en: targeted poverty alleviation', 'en: [targeted, precise]')), exit: 2, line: 2 },
  { name: '"en" missing', change: edit(GLOSSARY, (t) => t.replace(/^ {2}en: targeted.*\n/m, '')), exit: 2, says: /en/ },
  { name: 'an unknown kind', change: edit(GLOSSARY, (t) => t.replace('kind: slogan', 'kind: motto')), exit: 2, line: 3 },
  { name: 'an alias to no anchor', change: edit(GLOSSARY, (t) => t.replace('en: the fight against poverty', 'en: *fight')), exit: 2, line: 7, says: /alias/ },
  { name: 'a mapping instead of a list', change: put(GLOSSARY, 'zh: 精准扶贫\nen: targeted poverty alleviation\n'), exit: 2, line: 1 },
];

const MEMORY = 'translations/memory/memory.jsonl';
const memoryClasses: ClassCase[] = [
  ...textClasses(MEMORY, 2).map((k) => (k.name === 'a NUL byte' ? { ...k, change: edit(MEMORY, (t) => t.replace('All 10', 'All\u000010')) } : k)),
  { name: 'a line that is not JSON', change: edit(MEMORY, (t) => t.replace(/\n(?=.)/, '\n{"key":\n')), exit: 2, line: 2 },
  { name: 'a truncated last line (a write cut short)', change: edit(MEMORY, (t) => t.slice(0, -40)), exit: 2, line: 2 },
  { name: '"state" is not a state', change: edit(MEMORY, (t) => t.replace('"state":"translated"', '"state":"done"')), exit: 2, line: 1, says: /state/ },
  { name: '"reports" is a string', change: edit(MEMORY, (t) => t.replace('"reports":["licheng"]', '"reports":"licheng"')), exit: 2, line: 1, says: /reports/ },
  { name: 'a duplicate key (as a git merge leaves it)', change: edit(MEMORY, (t) => `${t}${t.split('\n')[0]!.replace('All 10 poor villages', 'All ten poor villages')}\n`), exit: 2, line: 3, says: /:1\b/ },
  { name: 'empty file', change: put(MEMORY, ''), exit: 0 },
];

export const PROJECT_FILE_CASES: BadInputCase[] = [
  ...cross(REPORT, reportClasses, [BUILD, STATUS, CHECK]),
  ...cross(CONFIG, configClasses, [CHECK]),
  ...cross(CONFIG, configForAll, [BUILD, STATUS]),
  ...cross(GLOSSARY, glossaryClasses, [BUILD, CHECK, LINT]),
  ...cross(MEMORY, memoryClasses, [BUILD, STATUS, CHECK]),
];

const OVERRIDES = 'corpus/licheng/overrides.yaml';
const GOOD_OVERRIDES = 'text:\n  - line: 3\n    find: "插花"\n    replace: "插花"\n    note: kept as written\n';
const INGEST = { argv: ['ingest', 'licheng'], writes: ['corpus/licheng/'] };
const overrideClasses: ClassCase[] = [
  { name: 'UTF-8 BOM is accepted', change: put(OVERRIDES, encode.utf8Bom(GOOD_OVERRIDES)), exit: 0 },
  { name: 'CRLF line ends are accepted', change: put(OVERRIDES, encode.crlf(GOOD_OVERRIDES)), exit: 0 },
  { name: 'UTF-16LE with BOM', change: put(OVERRIDES, encode.utf16leBom(GOOD_OVERRIDES)), exit: 2 },
  { name: 'binary bytes', change: put(OVERRIDES, BINARY), exit: 2 },
  { name: 'git conflict markers', change: put(OVERRIDES, conflictMarkers(GOOD_OVERRIDES, 3)), exit: 2, line: 3 },
  { name: 'invalid YAML', change: put(OVERRIDES, GOOD_OVERRIDES.replace('find: "插花"', 'find: "插花')), exit: 2 },
  { name: 'a list at the top', change: put(OVERRIDES, '- line: 3\n  find: 插花\n'), exit: 2 },
  { name: 'a find text the line no longer has', change: put(OVERRIDES, GOOD_OVERRIDES.replace('find: "插花"', 'find: "不存在"')), exit: 2, says: /no longer match/ },
  { name: 'a line past the end of source.txt', change: put(OVERRIDES, GOOD_OVERRIDES.replace('line: 3', 'line: 999')), exit: 2 },
  { name: '"line" is text', change: put(OVERRIDES, GOOD_OVERRIDES.replace('line: 3', 'line: three')), exit: 2, line: 2 },
  { name: 'an unknown block type', change: put(OVERRIDES, 'blocks:\n  - line: 3\n    type: sidebar\n'), exit: 2, line: 2 },
  { name: 'an alias to no anchor', change: put(OVERRIDES, GOOD_OVERRIDES.replace('replace: "插花"', 'replace: *same')), exit: 2, line: 4, says: /alias/ },
  { name: 'a duplicate key', change: put(OVERRIDES, GOOD_OVERRIDES.replace('    note:', '    find: "贫困"\n    note:')), exit: 2, line: 5 },
];

export const OVERRIDE_CASES: BadInputCase[] = cross(OVERRIDES, overrideClasses, [INGEST]);

const CONFIGURED = 'backends:\n  openai:\n    baseUrl: http://127.0.0.1:9/v1\n    model: qwen2.5:7b\n    batchSize: 4\n';
const TRANSLATE = { argv: ['translate', 'licheng', '--backend', 'openai', '--dry-run'], writes: [] };
const translateClasses: ClassCase[] = [
  { name: 'UTF-8 BOM is accepted', change: put(CONFIG, encode.utf8Bom(CONFIGURED)), exit: 0 },
  { name: 'CRLF line ends are accepted', change: put(CONFIG, encode.crlf(CONFIGURED)), exit: 0 },
  { name: 'UTF-16LE with BOM', change: put(CONFIG, encode.utf16leBom(CONFIGURED)), exit: 2 },
  { name: 'binary bytes', change: put(CONFIG, BINARY), exit: 2 },
  { name: 'git conflict markers', change: put(CONFIG, conflictMarkers(CONFIGURED, 4)), exit: 2, line: 4 },
  { name: 'invalid YAML', change: put(CONFIG, CONFIGURED.replace('model: qwen2.5:7b', 'model: "qwen2.5:7b')), exit: 2 },
  { name: 'a list instead of a mapping', change: put(CONFIG, '- backends\n- openai\n'), exit: 2 },
  { name: 'a line of prose', change: put(CONFIG, 'translate everything with openai please\n'), exit: 2 },
  { name: '"backends" is a list', change: put(CONFIG, 'backends:\n  - openai\n'), exit: 2, line: 1 },
  { name: '"openai" is a string', change: put(CONFIG, 'backends:\n  openai: yes please\n'), exit: 2, line: 2 },
  { name: '"batchSize" is text', change: put(CONFIG, CONFIGURED.replace('batchSize: 4', 'batchSize: many')), exit: 2, line: 5, says: /batchSize/ },
  { name: '"concurrency" is 0', change: put(CONFIG, `${CONFIGURED}    concurrency: 0\n`), exit: 2, line: 6, says: /concurrency/ },
  { name: '"timeoutMs" is negative', change: put(CONFIG, `${CONFIGURED}    timeoutMs: -5\n`), exit: 2, line: 6, says: /timeoutMs/ },
  { name: '"baseUrl" is not a URL', change: put(CONFIG, CONFIGURED.replace('http://127.0.0.1:9/v1', 'localhost port 9')), exit: 2, line: 3, says: /baseUrl/ },
  { name: 'a misspelt option', change: put(CONFIG, `${CONFIGURED}    baseURL: http://127.0.0.1:9/v1\n`), exit: 2, line: 6, says: /baseURL/ },
  { name: 'an API key written into the file', change: put(CONFIG, `${CONFIGURED}    apiKeyEnv: sk-live-1234567890\n`), exit: 2, line: 6, says: /environment variable/ },
  { name: 'a duplicate key', change: put(CONFIG, `${CONFIGURED}    batchSize: 8\n`), exit: 2, line: 6 },
  { name: 'an alias to no anchor', change: put(CONFIG, CONFIGURED.replace('model: qwen2.5:7b', 'model: *model')), exit: 2, line: 4, says: /alias/ },
  { name: 'the file is missing (not a project)', change: remove(CONFIG), exit: 2, says: /not a duizhao project/ },
];

export const TRANSLATE_CONFIG_CASES: BadInputCase[] = cross(CONFIG, translateClasses, [TRANSLATE]);
