import { LICHENG } from '../../helpers/fake-backends/licheng-project.js';
import { BINARY, conflictMarkers, edit, encode, put, remove, type BadInputCase } from './bad-input-case.js';
import { CAPS, pastCap } from './huge.js';

const TRADITIONAL = '弘揚太行精神 決勝脫貧攻堅\n\n黎城縣屬於「插花」貧困縣，轄5鎮4鄉227個村，總人口16.5萬。\n\n全縣上下主動作為、奮力攻堅。\n';
const INCOMING = 'incoming/report.txt';
const NEW_REPORT = ['corpus/report/'];

const add = (name: string, content: string | Buffer, exit: 0 | 2, more: Partial<BadInputCase> = {}): BadInputCase =>
  ({ name: `add · ${name}`, changes: [put(INCOMING, content)], argv: ['add', `@${INCOMING}`, '--id', 'report'], exit, writes: NEW_REPORT, ...more });

const SOURCE_CASES: BadInputCase[] = [
  add('UTF-8 BOM is accepted', encode.utf8Bom(LICHENG), 0),
  add('CRLF line ends are accepted', encode.crlf(LICHENG), 0),
  add('UTF-16LE with BOM is decoded', encode.utf16leBom(LICHENG), 0, { says: /utf-16le/ }),
  add('UTF-16BE with BOM is decoded', encode.utf16beBom(LICHENG), 0, { says: /utf-16be/ }),
  add('UTF-16LE without BOM, all Chinese (cannot be told from binary): refused with a hint', encode.utf16le(LICHENG), 2),
  add('GB18030 is decoded', encode.gb18030(LICHENG), 0, { says: /gb18030/ }),
  add('Big5 (Traditional) is decoded', encode.big5(TRADITIONAL), 0, { says: /big5/ }),
  add('Latin-1 text', encode.latin1('Café au lait, résumé, naïve façade.\n'), 2),
  add('binary bytes', BINARY, 2, { says: /binary/ }),
  add('empty file', '', 2, { says: /empty/ }),
  add('NUL bytes in the text', LICHENG.replace('黎城县属于', '黎城县\u0000属于'), 2),
  { ...add('over the 50 MB cap', LICHENG, 2, { says: /50 MB/ }), changes: [put(INCOMING, LICHENG), pastCap(INCOMING, CAPS.report)] },
  { name: 'add · a file that does not exist', changes: [], argv: ['add', '@incoming/missing.txt', '--id', 'report'], exit: 2, names: 'missing.txt' },
  { name: 'ingest · source.txt deleted', changes: [remove('corpus/licheng/source.txt')], argv: ['ingest', 'licheng'], exit: 2, says: /git|restore|add/i },
  { name: 'ingest · source.txt replaced by binary bytes', changes: [put('corpus/licheng/source.txt', BINARY)], argv: ['ingest', 'licheng'], exit: 2 },
  { name: 'ingest · source.txt emptied', changes: [put('corpus/licheng/source.txt', '')], argv: ['ingest', 'licheng'], exit: 2, says: /empty/ },
  { name: 'ingest · zh.md edited by hand: refused, and not reported as ingested', changes: [edit('corpus/licheng/zh.md', (t) => `${t}\n手工添加的一段。\n`)], argv: ['ingest', 'licheng'], exit: 2, says: /^(?![\s\S]*1 report ingested)[\s\S]*--force/ },
];

const EDITION = 'translations/licheng.zh-en.md';
const MEMORY = ['translations/memory/memory.jsonl'];
const sync = (name: string, change: BadInputCase['changes'][number], exit: 0 | 1 | 2, more: Partial<BadInputCase> = {}): BadInputCase =>
  ({ name: `sync · ${name}`, changes: [change], argv: ['sync', 'licheng'], exit, names: EDITION, writes: MEMORY, ...more });
/** The edition's line of the first segment heading with a given id. */
const headingOf = (id: string) => (t: string) => t.split('\n').findIndex((l) => l.startsWith(`### \`${id}\``)) + 1;
const SEG = 'e84384dab7';

const SYNC_CASES: BadInputCase[] = [
  sync('UTF-8 BOM, nothing edited', edit(EDITION, encode.utf8Bom), 0, { says: /no changes/ }),
  sync('CRLF line ends, nothing edited', edit(EDITION, encode.crlf), 0, { says: /no changes/ }),
  sync('CRLF line ends with one English edited', edit(EDITION, (t) => encode.crlf(t.replace(/(> 黎城县属于.*\n\n)\n/, '$1Licheng is a "patchwork" poor county.\n'))), 0, { says: /synced 1 segment/ }),
  sync('a segment heading deleted', edit(EDITION, (t) => t.replace(`### \`${SEG}\` missing\n`, '')), 1, { says: /deleted/ }),
  sync('an id altered', edit(EDITION, (t) => t.replace(`### \`${SEG}\``, '### `e84384dab8`')), 1, { says: /id altered|e84384dab8/ }),
  sync('an id duplicated', edit(EDITION, (t) => t.replace('### `af60360772`', `### \`${SEG}\``)), 1, { says: /duplicate/ }),
  sync('the Chinese quote edited', edit(EDITION, (t) => t.replace('> 黎城县属于', '> 黎城县是')), 1, { says: /Chinese/ }),
  sync('status word "draft"', edit(EDITION, (t) => t.replace(`### \`${SEG}\` missing`, `### \`${SEG}\` draft`)), 1, { says: /draft/ }),
  sync('an unknown status word', edit(EDITION, (t) => t.replace(`### \`${SEG}\` missing`, `### \`${SEG}\` finished`)), 1, { says: /finished/ }),
  sync('git conflict markers around an English line', edit(EDITION, (t) => conflictMarkers(t, t.split('\n').findIndex((l) => l.startsWith('The whole county')) + 1)), 1, { says: /git/ }),
  sync('binary bytes', put(EDITION, BINARY), 2),
  sync('UTF-16LE with BOM', edit(EDITION, encode.utf16leBom), 2, { says: /UTF-16/ }),
  sync('a NUL byte in the English', edit(EDITION, (t) => t.replace('The whole county', 'The whole\u0000county')), 2),
  sync('GB18030 bytes', edit(EDITION, encode.gb18030), 2, { says: /UTF-8/ }),
  { ...sync('over the size cap', pastCap(EDITION, CAPS.edition), 2, { says: /MB/ }) },
];
// Where the line is meaningful: the heading of the segment that was damaged.
for (const c of SYNC_CASES) if (/id altered|id duplicated|draft|unknown status/.test(c.name)) c.names = EDITION;

const ZH = 'incoming/zh.txt';
const EN = 'incoming/en.txt';
const ZH_TEXT = '黎城县坚持精准扶贫。全县上下主动作为。10个贫困村全部退出。\n';
const EN_TEXT = 'Licheng kept to targeted poverty alleviation. The whole county took the initiative. All 10 poor villages were lifted out of poverty.\n';
const align = (name: string, zh: string | Buffer, en: string | Buffer, exit: 0 | 1 | 2, more: Partial<BadInputCase> = {}): BadInputCase =>
  ({ name: `align · ${name}`, changes: [put(ZH, zh), put(EN, en)], argv: ['align', `@${ZH}`, `@${EN}`, '--out', '-'], exit, ...more });

const ALIGN_CASES: BadInputCase[] = [
  align('UTF-8 BOMs are accepted', encode.utf8Bom(ZH_TEXT), encode.utf8Bom(EN_TEXT), 0, { says: /3 pairs/ }),
  align('CRLF line ends are accepted', encode.crlf(ZH_TEXT), encode.crlf(EN_TEXT), 0, { says: /3 pairs/ }),
  align('Chinese file is binary', BINARY, EN_TEXT, 2, { names: 'zh.txt' }),
  align('Chinese file is empty', '', EN_TEXT, 2, { names: 'zh.txt', says: /empty|no text/ }),
  align('English file is empty', ZH_TEXT, '', 2, { names: 'en.txt', says: /empty|no text/ }),
  align('English file has a NUL byte', ZH_TEXT, EN_TEXT.replace('whole', 'who\u0000le'), 2, { names: 'en.txt' }),
  align('English file in Latin-1', ZH_TEXT, Buffer.concat([Buffer.from('Licheng caf'), Buffer.from([0xe9]), Buffer.from(' kept to it.\n')]), 2, { names: 'en.txt', says: /UTF-8|encoding/i }),
  { name: 'align · --out onto the memory file is refused', changes: [put(ZH, ZH_TEXT), put(EN, EN_TEXT)], argv: ['align', `@${ZH}`, `@${EN}`, '--out', '@translations/memory/memory.jsonl'], exit: 2, names: 'memory.jsonl' },
  { name: 'align · --into memory with BOMs and CRLF', changes: [put(ZH, encode.utf8Bom(encode.crlf(ZH_TEXT))), put(EN, encode.utf8Bom(encode.crlf(EN_TEXT)))], argv: ['align', `@${ZH}`, `@${EN}`, '--into', 'memory'], exit: 0, writes: MEMORY, says: /memory: \d+ added/ },
  { name: 'align · Chinese file over the size cap', changes: [put(ZH, ZH_TEXT), pastCap(ZH, CAPS.align), put(EN, EN_TEXT)], argv: ['align', `@${ZH}`, `@${EN}`, '--out', '-'], exit: 2, names: 'zh.txt', says: /MB/ },
  { name: 'align · the Chinese file does not exist', changes: [put(EN, EN_TEXT)], argv: ['align', '@incoming/none.txt', `@${EN}`], exit: 2, names: 'none.txt' },
];

export const SOURCE_SYNC_ALIGN_CASES: BadInputCase[] = [...SOURCE_CASES, ...SYNC_CASES, ...ALIGN_CASES];
