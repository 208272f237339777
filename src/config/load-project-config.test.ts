import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import { loadProjectConfig, parseProjectConfig } from './load-project-config.js';

const VALID = `# 对照 project
backends:
  openai:
    baseUrl: http://127.0.0.1:11434/v1
    model: qwen2.5:7b
  deepl:
    apiKeyEnv: DEEPL_API_KEY
check:
  rules:
    number/mismatch: warning
    term/forbidden: error
`;

function problems(text: string): string[] {
  try {
    parseProjectConfig(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).details;
  }
  return [];
}

describe('parseProjectConfig', () => {
  it('reads back-ends and rule severities, and locates keys', () => {
    const config = parseProjectConfig(VALID);
    expect(config.backends).toEqual({ openai: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b' }, deepl: { apiKeyEnv: 'DEEPL_API_KEY' } });
    expect(config.check).toEqual({ rules: { 'number/mismatch': 'warning', 'term/forbidden': 'error' } });
    expect(config.warnings).toEqual([]);
    expect(config.position(['backends', 'openai', 'model'])).toBe('5:5');
  });

  it('reads memory.fuzzyThreshold', () => {
    expect(parseProjectConfig('memory:\n  fuzzyThreshold: 85\n').memory).toEqual({ backend: 'git', fuzzyThreshold: 85 });
    expect(parseProjectConfig('memory:\n  threshold: 85\n').warnings).toEqual(['duizhao.yaml:2:3: unknown key "memory.threshold" is ignored (known: backend, url, fuzzyThreshold).']);
  });

  it('reads the house spelling (style.spelling), absent by default', () => {
    expect(parseProjectConfig('style:\n  spelling: en-GB\n').style).toEqual({ spelling: 'en-GB' });
    expect(parseProjectConfig('check: {}\n').style).toBeUndefined();
  });

  it('reads review: (host, port, public names lower-cased with their ports), absent by default', () => {
    expect(parseProjectConfig('review:\n  host: "::"\n  port: 0\n  publicHosts: [Review.Example.org, "tm.example.org:443"]\n').review).toEqual({
      host: '::', port: 0, publicHosts: [{ name: 'review.example.org' }, { name: 'tm.example.org', port: 443 }],
    });
    expect(parseProjectConfig('check: {}\n').review).toBeUndefined();
    expect(parseProjectConfig('review:\n  bind: 0.0.0.0\n').warnings).toEqual(['duizhao.yaml:2:3: unknown key "review.bind" is ignored (known: host, port, publicHosts).']);
  });

  it('reports unknown top-level keys as warnings with their line', () => {
    const config = parseProjectConfig('backend:\n  openai: {}\ntitle: 黎城\n');
    expect(config.warnings).toEqual([
      'duizhao.yaml:1:1: unknown key "backend" is ignored (known keys: backends, check, memory, review, style).',
      'duizhao.yaml:3:1: unknown key "title" is ignored (known keys: backends, check, memory, review, style).',
    ]);
  });

  it.each([
    ['malformed YAML', 'backends:\n  openai: [1\nx: 2\n', /^duizhao\.yaml:\d+:\d+: /],
    ['a list at the top', '- openai\n', /must be a mapping/],
    ['backends as a list', 'backends:\n  - openai\n', /^duizhao\.yaml:1:1: "backends" must be a mapping/],
    ['a back-end given a string', 'backends:\n  openai: fast\n', /^duizhao\.yaml:2:3: backends\.openai must be a mapping/],
    ['a bad severity', 'check:\n  rules:\n    number/mismatch: loud\n', /^duizhao\.yaml:3:5: check\.rules\.number\/mismatch must be error, warning or off, got "loud"/],
    ['a fuzzy threshold out of range', 'memory:\n  fuzzyThreshold: 0.75\n', /^duizhao\.yaml:2:3: memory\.fuzzyThreshold must be a number from 1 to 100 \(a score in percent\), got 0\.75/],
    ['a fuzzy threshold as text', 'memory:\n  fuzzyThreshold: high\n', /^duizhao\.yaml:2:3: memory\.fuzzyThreshold must be a number from 1 to 100/],
    ['a duplicate key', 'backends: {}\nbackends: {}\n', /^duizhao\.yaml:2:1: Map keys must be unique/],
    ['a review port out of range', 'review:\n  port: -1\n', /^duizhao\.yaml:2:3: review\.port must be a whole number from 0 to 65535/],
    ['a review host with a scheme', 'review:\n  host: http://0.0.0.0\n', /^duizhao\.yaml:2:3: review\.host must be an address to listen on/],
    ['a public name with a path', 'review:\n  publicHosts:\n    - ok.example.org\n    - bad.example.org/review\n', /^duizhao\.yaml:4:7: review\.publicHosts: "bad\.example\.org\/review" is not a host name/],
    ['an unknown house spelling', 'style:\n  spelling: en-AU\n', /^duizhao\.yaml:2:3: style\.spelling must be en-US or en-GB, got "en-AU"/],
  ])('rejects %s with file:line:col', (_label, text, pattern) => {
    const found = problems(text);
    if (found.length === 0) {
      // A top-level type error has no details; the message carries the position.
      expect(() => parseProjectConfig(text)).toThrow(pattern);
    } else {
      expect(found[0]).toMatch(pattern);
    }
  });
});

describe('loadProjectConfig', () => {
  let dir: string;
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('gives defaults when the project has no duizhao.yaml', async () => {
    dir = await mkdtemp(join(tmpdir(), 'duizhao-config-'));
    const config = await loadProjectConfig(dir);
    expect(config.exists).toBe(false);
    expect(config.backends).toBeUndefined();
  });

  it('reads duizhao.yaml from the project root', async () => {
    dir = await mkdtemp(join(tmpdir(), 'duizhao-config-'));
    await writeFile(join(dir, 'duizhao.yaml'), VALID);
    const config = await loadProjectConfig(dir);
    expect(config.exists).toBe(true);
    expect(Object.keys(config.backends ?? {})).toEqual(['openai', 'deepl']);
  });
});

describe('memory: (the translation memory back-end)', () => {
  it('reads backend and a URL without a password', () => {
    const config = parseProjectConfig('memory:\n  backend: postgres\n  url: postgres://translator@db.example.org:5432/duizhao\n');
    expect(config.memory).toEqual({ backend: 'postgres', url: 'postgres://translator@db.example.org:5432/duizhao' });
  });
  it.each([
    ['user:password@', 'postgres://translator:s3cret@db:5432/duizhao'],
    ['a password parameter', 'postgresql://translator@db/duizhao?password=s3cret'],
  ])('refuses a URL with %s in clear, naming the line and the environment variable', (_label, url) => {
    const found = problems(`memory:\n  backend: postgres\n  url: ${url}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^duizhao\.yaml:3:3: memory\.url holds a password in clear; .* DUIZHAO_DATABASE_URL/);
  });
  it('refuses an unknown back-end', () => {
    expect(problems('memory:\n  backend: mysql\n')[0]).toBe('duizhao.yaml:2:3: memory.backend must be git or postgres, got "mysql".');
  });
});
