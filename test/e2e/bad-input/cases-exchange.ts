import { BILLION_LAUGHS, BINARY, conflictMarkers, edit, encode, EXTERNAL_ENTITY, put, withDoctype, XLSX, type BadInputCase } from './bad-input-case.js';
import { CAPS, pastCap } from './huge.js';

const MEMORY = ['translations/memory/memory.jsonl'];

/** Replaces the first `word` with the same word plus a Latin-1 é (0xE9): invalid UTF-8. */
function latin1Byte(text: string, word: string): Buffer {
  const at = text.indexOf(word) + word.length;
  return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe9]), Buffer.from(text.slice(at))]);
}

interface FormatSpec {
  /** `memory import (tmx)` … */
  label: string;
  path: string;
  argv: string[];
  writes: string[];
  /** What a clean run of the unchanged file says. */
  ok: RegExp;
  /** An English word in the file (for the Latin-1 byte) and an element whose text can hold an entity. */
  word: string;
  element: string;
  /** The documented size cap. */
  cap: number;
}

/** The input classes every XML exchange format meets. */
function xmlCases(f: FormatSpec): BadInputCase[] {
  const c = (name: string, change: BadInputCase['changes'][number], exit: 0 | 1 | 2, more: Partial<BadInputCase> = {}): BadInputCase =>
    ({ name: `${f.label} · ${name}`, changes: [change], argv: f.argv, exit, writes: f.writes, ...more });
  return [
    c('UTF-8 BOM is accepted', edit(f.path, encode.utf8Bom), 0, { says: f.ok }),
    c('CRLF line ends are accepted', edit(f.path, encode.crlf), 0, { says: f.ok }),
    c('external entity declaration (<!ENTITY e SYSTEM "file:///etc/passwd">)', edit(f.path, (t) => withDoctype(t, EXTERNAL_ENTITY, 'e', f.element)), 2, { says: /entit|DOCTYPE/i }),
    c('billion-laughs entity expansion', edit(f.path, (t) => withDoctype(t, BILLION_LAUGHS, 'lol9', f.element)), 2, { says: /entit|DOCTYPE/i }),
    c('internal DOCTYPE without entities', edit(f.path, (t) => withDoctype(t, '<!DOCTYPE x>')), 0, { says: f.ok }),
    c('truncated half way', edit(f.path, (t) => t.slice(0, Math.floor(t.length * 0.6))), 2),
    c('a damaged XML declaration', edit(f.path, (t) => t.replace('<?xml version="1.0"', '<?xml versi1.0"')), 2),
    c('unclosed element', edit(f.path, (t) => t.replace(`</${f.element}>`, '')), 2),
    c('another XML vocabulary (HTML)', put(f.path, '<?xml version="1.0"?>\n<html><body><p>全县上下</p></body></html>\n'), 2),
    c('binary bytes', put(f.path, BINARY), 2),
    c('empty file', put(f.path, ''), 2),
    c('only whitespace', put(f.path, '\n  \n'), 2),
    c('UTF-16LE with BOM', edit(f.path, encode.utf16leBom), 2, { says: /UTF-16|UTF-8/ }),
    c('UTF-16LE without BOM', edit(f.path, encode.utf16le), 2),
    c('UTF-16BE with BOM', edit(f.path, encode.utf16beBom), 2, { says: /UTF-16|UTF-8/ }),
    c('GB18030 bytes under a UTF-8 declaration', edit(f.path, encode.gb18030), 2, { says: /UTF-8|encoding/i }),
    c('Big5 bytes under a UTF-8 declaration', edit(f.path, encode.big5), 2, { says: /UTF-8|encoding/i }),
    c('a Latin-1 byte in the English', edit(f.path, (t) => latin1Byte(t, f.word)), 2, { says: /UTF-8|encoding/i }),
    c('NUL byte inside a segment', edit(f.path, (t) => t.replace(f.word, `${f.word}\u0000`)), 2),
    c('git conflict markers', edit(f.path, (t) => conflictMarkers(t, 5)), 2),
    c('over the size cap', pastCap(f.path, f.cap), 2, { says: /MB/ }),
  ];
}

const memoryXml = (ext: string, path: string, word: string, element: string): FormatSpec => ({
  label: `memory import (${ext})`, path, argv: ['memory', 'import', `@${path}`], writes: MEMORY, ok: /imported: .*unchanged/, word, element, cap: CAPS.memoryImport,
});

const tmx = memoryXml('tmx', 'exports/memory.tmx', 'initiative', 'seg');
const xlfMemory = memoryXml('xlf', 'exports/pairs.xlf', 'initiative', 'target');
const xliff: FormatSpec = { label: 'xliff import', path: 'exports/licheng.xlf', argv: ['xliff', 'import', '@exports/licheng.xlf'], writes: MEMORY, ok: /imported \(licheng\)/, word: 'poverty', element: 'source', cap: CAPS.xliffImport };
const tbx: FormatSpec = { label: 'glossary import (tbx)', path: 'exports/glossary.tbx', argv: ['glossary', 'import', '@exports/glossary.tbx'], writes: ['glossary/'], ok: /unchanged|0 added/, word: 'alleviation', element: 'term', cap: CAPS.glossaryImport };

const jsonl = 'incoming/pairs.jsonl';
const GOOD_JSONL = '{"zh":"黎城县坚持“精准扶贫、精准脱贫”基本方略。","en":"Licheng County kept to targeted poverty alleviation."}\n{"zh":"脱贫攻坚，是当前最大的政治任务。","en":"The fight against poverty is the greatest political task."}\n';
const importJsonl = (name: string, content: string | Buffer, exit: 0 | 1 | 2, more: Partial<BadInputCase> = {}): BadInputCase =>
  ({ name: `memory import (jsonl) · ${name}`, changes: [put(jsonl, content)], argv: ['memory', 'import', `@${jsonl}`], exit, writes: MEMORY, ...more });

const jsonlCases: BadInputCase[] = [
  importJsonl('UTF-8 BOM is accepted', encode.utf8Bom(GOOD_JSONL), 0, { says: /2 added/ }),
  importJsonl('CRLF line ends are accepted', encode.crlf(GOOD_JSONL), 0, { says: /2 added/ }),
  importJsonl('a line that is not JSON', `${GOOD_JSONL}{"zh":"甲。","en":}\n`, 2, { line: 3 }),
  importJsonl('a truncated last line', `${GOOD_JSONL}{"zh":"甲。","en":"A`, 2, { line: 3 }),
  importJsonl('"zh" is a number', `{"zh":12,"en":"Twelve."}\n`, 2, { line: 1 }),
  importJsonl('"en" is missing', `${GOOD_JSONL}{"zh":"甲。"}\n`, 2, { line: 3 }),
  importJsonl('a line is an array', `["甲。","A."]\n`, 2, { line: 1 }),
  importJsonl('a line is null', `null\n`, 2, { line: 1 }),
  importJsonl('"state" is not a state', `{"zh":"甲。","en":"A.","state":"done"}\n`, 2, { line: 1, says: /state/ }),
  importJsonl('"reports" is a number', `{"zh":"甲。","en":"A.","reports":7}\n`, 2, { line: 1, says: /reports/ }),
  importJsonl('git conflict markers', conflictMarkers(GOOD_JSONL, 2), 2, { line: 2 }),
  importJsonl('binary bytes', BINARY, 2),
  importJsonl('empty file', '', 2, { says: /empty/ }),
  importJsonl('UTF-16LE with BOM', encode.utf16leBom(GOOD_JSONL), 2, { says: /UTF-16|UTF-8/ }),
  importJsonl('GB18030 bytes', encode.gb18030(GOOD_JSONL), 2, { says: /UTF-8|encoding/i }),
  importJsonl('NUL bytes', GOOD_JSONL.replace('Licheng', 'Li\u0000cheng'), 2),
  { ...importJsonl('over the size cap', GOOD_JSONL, 2, { says: /MB/ }), changes: [put(jsonl, GOOD_JSONL), pastCap(jsonl, CAPS.memoryImportJsonl)] },
];

const csv = 'incoming/pairs.csv';
const GOOD_CSV = 'zh,en\n黎城县坚持“精准扶贫、精准脱贫”基本方略。,Licheng County kept to targeted poverty alleviation.\n"脱贫攻坚，是当前最大的政治任务。","The fight against poverty is the greatest political task."\n';
const importCsv = (name: string, content: string | Buffer, exit: 0 | 1 | 2, more: Partial<BadInputCase> = {}): BadInputCase =>
  ({ name: `memory import (csv) · ${name}`, changes: [put(csv, content)], argv: ['memory', 'import', `@${csv}`], exit, writes: MEMORY, ...more });

const csvCases: BadInputCase[] = [
  importCsv('UTF-8 BOM (as Excel writes) is accepted', encode.utf8Bom(GOOD_CSV), 0, { says: /2 added/ }),
  importCsv('CRLF line ends are accepted', encode.crlf(GOOD_CSV), 0, { says: /2 added/ }),
  importCsv('an unclosed quote', 'zh,en\n甲。,"A. unclosed\n乙。,B.\n', 2, { line: 2, says: /quot/ }),
  importCsv('no header row', '甲。,A.\n乙。,B.\n', 2, { line: 1, says: /header/ }),
  importCsv('a header without "en"', 'zh,english\n甲。,A.\n', 2, { line: 1 }),
  importCsv('git conflict markers', conflictMarkers(GOOD_CSV, 2), 2, { line: 2 }),
  importCsv('an .xlsx workbook renamed .csv', XLSX, 2, { says: /xlsx|spreadsheet|binary|zip/i }),
  importCsv('binary bytes', BINARY, 2),
  importCsv('empty file', '', 2, { says: /empty/ }),
  importCsv('UTF-16LE with BOM (Excel "Unicode text")', encode.utf16leBom(GOOD_CSV), 2, { says: /UTF-16|UTF-8/ }),
  importCsv('GB18030 (Excel on Chinese Windows)', encode.gb18030(GOOD_CSV), 2, { says: /UTF-8|encoding/i }),
  importCsv('Big5', encode.big5(GOOD_CSV), 2, { says: /UTF-8|encoding/i }),
  importCsv('NUL bytes', GOOD_CSV.replace('Licheng', 'Li\u0000cheng'), 2),
  importCsv('"state" column holds a non-state', 'zh,en,state\n甲。,A.,finished\n', 2, { line: 2, says: /state/ }),
  { ...importCsv('over the size cap', GOOD_CSV, 2, { says: /MB/ }), changes: [put(csv, GOOD_CSV), pastCap(csv, CAPS.memoryImport)] },
];

const gcsv = 'exports/glossary.csv';
const importGlossaryCsv = (name: string, change: BadInputCase['changes'][number], exit: 0 | 1 | 2, more: Partial<BadInputCase> = {}): BadInputCase =>
  ({ name: `glossary import (csv) · ${name}`, changes: [change], argv: ['glossary', 'import', `@${gcsv}`], exit, writes: ['glossary/'], ...more });

const glossaryCsvCases: BadInputCase[] = [
  importGlossaryCsv('UTF-8 BOM is accepted', edit(gcsv, encode.utf8Bom), 0),
  importGlossaryCsv('LF instead of CRLF is accepted', edit(gcsv, (t) => t.replace(/\r\n/g, '\n')), 0),
  importGlossaryCsv('an unclosed quote', edit(gcsv, (t) => `${t}"关键词,keyword\r\n`), 2, { line: 4, says: /quot/ }),
  importGlossaryCsv('an unknown column', edit(gcsv, (t) => t.replace('zh,', 'chinese,')), 2, { line: 1 }),
  importGlossaryCsv('a row with too many fields', edit(gcsv, (t) => `${t}乡村振兴,rural revitalisation,x,y,z,1,2,3,4,5,6,7,8,9,10,11\r\n`), 2, { line: 4 }),
  importGlossaryCsv('an entry of an unknown kind', edit(gcsv, (t) => `${t}乡村振兴,,rural revitalisation,,,,sloganeering,,,,,,,proposed\r\n`), 2, { says: /kind/ }),
  importGlossaryCsv('git conflict markers', edit(gcsv, (t) => conflictMarkers(t, 2)), 2, { line: 2 }),
  importGlossaryCsv('an .xlsx workbook', put(gcsv, XLSX), 2, { says: /xlsx|spreadsheet|binary|zip/i }),
  importGlossaryCsv('binary bytes', put(gcsv, BINARY), 2),
  importGlossaryCsv('empty file', put(gcsv, ''), 2, { says: /header/ }),
  importGlossaryCsv('UTF-16LE with BOM', edit(gcsv, encode.utf16leBom), 2, { says: /UTF-16|UTF-8/ }),
  importGlossaryCsv('GB18030 bytes', edit(gcsv, encode.gb18030), 2, { says: /UTF-8|encoding/i }),
  importGlossaryCsv('NUL bytes', edit(gcsv, (t) => t.replace('targeted', 'tar\u0000geted')), 2),
  importGlossaryCsv('over the size cap', pastCap(gcsv, CAPS.glossaryImport), 2, { says: /MB/ }),
];

const xliffOnly: BadInputCase[] = [
  // Neither the id nor the Chinese is the report's (a unit with an unknown id but the report's Chinese is matched by its Chinese).
  { name: 'xliff import · a unit id the report does not have', changes: [edit(xliff.path, (t) => t.replace('id="e84384dab7"', 'id="0000000000"').replace('<source>黎城县属于', '<target state="translated">Licheng is a county.</target><source>另一县属于'))], argv: xliff.argv, exit: 1, writes: MEMORY, says: /0000000000/ },
  { name: 'xliff import · a <file> naming no report', changes: [edit(xliff.path, (t) => t.replace(/ original="[^"]*"/, '').replace(/ dz:report="[^"]*"/, ''))], argv: xliff.argv, exit: 2 },
  { name: 'xliff import · a report that does not exist', changes: [edit(xliff.path, (t) => t.replace(/licheng/g, 'nosuch'))], argv: xliff.argv, exit: 2, names: 'nosuch' },
];

export const EXCHANGE_CASES: BadInputCase[] = [
  ...xmlCases(tmx), ...xmlCases(xlfMemory), ...xmlCases(xliff), ...xmlCases(tbx),
  ...jsonlCases, ...csvCases, ...glossaryCsvCases, ...xliffOnly,
];
