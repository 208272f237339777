import { describe, expect, it } from 'vitest';
import { canonicalPath } from './canonical-path.js';

describe('canonicalPath', () => {
  it.each([
    ['/', '/'],
    ['/api/reports', '/api/reports'],
    ['/api/reports?x=1&y=/../', '/api/reports'],
    ['/api/reports/fangxian-2020-secretary/segments/6b494f5b29-2', '/api/reports/fangxian-2020-secretary/segments/6b494f5b29-2'],
    ['/locales/zh-Hans/review.json', '/locales/zh-Hans/review.json'],
  ])('accepts %s as %s', (target, path) => {
    expect(canonicalPath(target)).toBe(path);
  });

  it.each([
    undefined, '', '*', 'api/reports', 'http://127.0.0.1:7788/api/reports', '/./api/reports', '/x/../api/reports', '/api/reports/.',
    '/api/reports/..', '/%2e/api/reports', '/api/%72eports', '/api%2freports', '//api/reports', '/api//reports', '/\\api/reports',
    '/api\\reports', '/api/reports#x', '/api/repörts', '/api/re ports', '/api/\treports',
  ])('refuses %j', (target) => {
    expect(canonicalPath(target)).toBeUndefined();
  });
});
