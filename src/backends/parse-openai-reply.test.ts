import { describe, expect, it } from 'vitest';
import { parseOpenAiReply } from './parse-openai-reply.js';

const IDS = ['e84384dab7', 'af60360772'];
const OK = [
  { id: 'e84384dab7', target: 'Licheng County has a total population of 165,000.' },
  { id: 'af60360772', target: 'There are 3,601 poor households with 8,055 people.' },
];
const JSON_REPLY = JSON.stringify({ translations: [{ id: 'e84384dab7', en: OK[0]!.target }, { id: 'af60360772', en: OK[1]!.target }] });

describe('parseOpenAiReply', () => {
  it.each([
    ['a plain JSON object', JSON_REPLY],
    ['a ```json fence', '```json\n' + JSON_REPLY + '\n```'],
    ['prose around the object', `Sure! Here are the translations:\n${JSON_REPLY}\nLet me know if you need more.`],
    ['a bare array with "target"', JSON.stringify(OK)],
    ['extra ids and surrounding spaces', JSON.stringify({ translations: [{ id: 'zzz', en: 'x' }, { id: 'e84384dab7', en: `  ${OK[0]!.target} ` }, { id: 'af60360772', translation: OK[1]!.target }] })],
  ])('reads %s', (_label, content) => {
    expect(parseOpenAiReply(content, IDS)).toEqual({ translations: OK, failures: [] });
  });

  it('numeric ids are matched as strings', () => {
    expect(parseOpenAiReply('{"translations":[{"id":1,"en":"One."}]}', ['1']).translations).toEqual([{ id: '1', target: 'One.' }]);
  });

  it('an id missing from the reply is a failure for that id only', () => {
    const reply = JSON.stringify({ translations: [{ id: 'e84384dab7', en: OK[0]!.target }] });
    expect(parseOpenAiReply(reply, IDS)).toEqual({
      translations: [OK[0]],
      failures: [{ id: 'af60360772', reason: 'the reply has no translation for this segment id' }],
    });
  });

  it.each([
    ['truncated JSON', '{"translations": [{"id": "e84384dab7", "en": "Lich', /^the reply is not valid JSON: \{"translations"/],
    ['no JSON at all', '对不起，我无法翻译。', /^the reply is not JSON: 对不起/],
    ['an object without translations', '{"result": []}', /^the reply has no "translations" list/],
    ['an empty reply', '', /^the reply is not JSON: \(empty\)/],
  ])('%s fails every id', (_label, content, reason) => {
    const parsed = parseOpenAiReply(content, IDS);
    expect(parsed.translations).toEqual([]);
    expect(parsed.failures.map((f) => f.id)).toEqual(IDS);
    expect(parsed.failures[0]!.reason).toMatch(reason);
  });
});
