import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { GlossaryEntry } from '../model/glossary-entry.js';
import { GLOSSARY_BASIC } from './fixtures/glossary-temp-project.js';
import { exportGlossaryCsv, parseGlossaryCsv } from './glossary-csv.js';
import { loadGlossary } from './glossary-yaml.js';

describe('glossary CSV', () => {
  it('writes RFC 4180 rows with a header, lists joined with " | "', async () => {
    const glossary = await loadGlossary(GLOSSARY_BASIC);
    const csv = exportGlossaryCsv([glossary.findByZh('精准扶贫')!, glossary.findByZh('四个不摘')!]);
    expect(csv.split('\r\n')).toEqual([
      'zh,variants,en,first,short,accepted,kind,forbidden,note,source_title,source_publisher,source_date,source_url,status',
      '精准扶贫,,targeted poverty alleviation,,,,policy,precise poverty alleviation | accurate poverty alleviation,"Xi Jinping\'s strategy announced in Xiangxi, Hunan, in November 2013.",Poverty Alleviation: China\'s Experience and Contribution,State Council Information Office,2021-04-06,,approved',
      '四个不摘,,four no-removals,,,"four ""no removals""",slogan,,"No official rendering found; literal, as used in county reports.",,,,,proposed',
      '',
    ]);
  });

  it('round-trips the fixture glossary', async () => {
    const entries = (await loadGlossary(GLOSSARY_BASIC)).entries.map(({ origin: _o, ...e }) => e as GlossaryEntry);
    expect(parseGlossaryCsv(exportGlossaryCsv(entries))).toEqual(entries);
  });

  it('reads columns in any order, LF line ends, a BOM and a quoted line break', () => {
    const csv = '\uFEFFen,zh,note\ntargeted poverty alleviation,精准扶贫,"line one\nline two"\n';
    expect(parseGlossaryCsv(csv)).toEqual([{ zh: '精准扶贫', en: 'targeted poverty alleviation', kind: 'general', note: 'line one\nline two', status: 'proposed' }]);
  });

  it.each([
    ['an unknown column', 'zh,en,colour\n扶贫,poverty alleviation,red\n', 'terms.csv:1: the header has unknown column colour.'],
    ['no en column', 'zh,note\n扶贫,x\n', 'terms.csv:1: the header has no en column.'],
    ['a short row', 'zh,en,note\n扶贫,poverty alleviation,x\n脱贫,exit\n', 'terms.csv:3: 2 fields where the header has 3.'],
    ['an open quote', 'zh,en\n扶贫,"poverty\n', 'terms.csv:2: a quoted field opens on this line and is never closed'],
  ])('rejects %s', (_name, csv, message) => {
    expect(() => parseGlossaryCsv(csv, 'terms.csv')).toThrow(InputError);
    expect(() => parseGlossaryCsv(csv, 'terms.csv')).toThrow(message);
  });
});
