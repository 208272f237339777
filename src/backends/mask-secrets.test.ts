import { describe, expect, it } from 'vitest';
import { maskSecrets } from './mask-secrets.js';

describe('maskSecrets', () => {
  it.each([
    ['a long key keeps its last four characters', 'invalid key sk-abcdef0123456789WXYZ', ['sk-abcdef0123456789WXYZ'], 'invalid key ****WXYZ'],
    ['a short key is hidden completely', 'key=abc12345 refused', ['abc12345'], 'key=**** refused'],
    ['a bearer header echoed by a server', 'got "Authorization: Bearer xyz987"', [], 'got "Authorization: Bearer ****"'],
    ['a DeepL header', 'DeepL-Auth-Key 0f1e2d3c:fx rejected', [], 'DeepL-Auth-Key **** rejected'],
    ['no secret configured', '精准扶贫 server error', [undefined], '精准扶贫 server error'],
  ])('%s', (_label, text, secrets, expected) => {
    expect(maskSecrets(text, secrets)).toBe(expected);
  });
});
