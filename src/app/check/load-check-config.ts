import { readFile } from 'node:fs/promises';
import { isMap, LineCounter, parseDocument, type Node } from 'yaml';
import { ConfigError } from '../../errors.js';
import { QA_RULE_IDS, type RuleSetting } from '../../stages/qa/index.js';
import { CONFIG_FILE, projectPaths } from '../project.js';

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'off'];

export interface CheckConfig {
  /** Severity overrides from `check.rules` in duizhao.yaml. */
  rules: Record<string, RuleSetting>;
}

/**
 * Reads `check.rules: { <rule-id>: error|warning|off }` from duizhao.yaml. A missing file or
 * section gives the defaults; an unknown rule id or setting is a ConfigError naming the line.
 */
export async function loadCheckConfig(root: string): Promise<CheckConfig> {
  let text: string;
  try {
    text = await readFile(projectPaths(root).config, 'utf8');
  } catch {
    return { rules: {} };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const line = (node: unknown) => counter.linePos((node as Node | undefined)?.range?.[0] ?? 0).line;
  if (doc.errors.length > 0) {
    const [first] = doc.errors;
    throw new ConfigError('config/invalid-yaml', `${CONFIG_FILE}:${first?.linePos?.[0]?.line ?? 1}: ${first?.message ?? 'invalid YAML'}`, {
      hint: 'Fix the YAML syntax.',
    });
  }
  const rules = doc.getIn(['check', 'rules'], true);
  if (rules === undefined || rules === null) return { rules: {} };
  if (!isMap(rules)) {
    throw new ConfigError('config/invalid-check', `${CONFIG_FILE}:${line(rules)}: check.rules must be a mapping of rule id to error, warning or off.`, {
      hint: 'Write, e.g.\ncheck:\n  rules:\n    text/length-ratio: off',
    });
  }
  const out: Record<string, RuleSetting> = {};
  for (const item of rules.items) {
    const id = String((item.key as { value?: unknown } | null)?.value ?? item.key);
    const value = String((item.value as { value?: unknown } | null)?.value ?? item.value);
    if (!QA_RULE_IDS.includes(id)) {
      throw new ConfigError('config/unknown-rule', `${CONFIG_FILE}:${line(item.key)}: check.rules names an unknown rule "${id}".`, {
        hint: `Known rules: ${QA_RULE_IDS.join(', ')}.`,
      });
    }
    if (!(SETTINGS as readonly string[]).includes(value)) {
      throw new ConfigError('config/invalid-rule-setting', `${CONFIG_FILE}:${line(item.value)}: check.rules.${id} must be error, warning or off, got "${value}".`, {
        hint: `Set ${id} to error, warning or off.`,
      });
    }
    out[id] = value as RuleSetting;
  }
  return { rules: out };
}
