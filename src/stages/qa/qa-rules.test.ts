import { describe, expect, it } from 'vitest';
import { QA_RULE_IDS } from './qa-rule-ids.js';
import { QA_RULES } from './qa-rules.js';

describe('QA_RULE_IDS', () => {
  it('lists the id of every rule in QA_RULES, in order (duizhao.yaml check.rules is validated against it)', () => {
    expect(QA_RULES.map((r) => r.id)).toEqual(QA_RULE_IDS);
  });
});
