import { loadProjectConfig } from '../../config/load-project-config.js';
import type { RuleSetting } from '../../stages/qa/index.js';

export interface CheckConfig {
  /** Severity overrides from `check.rules` in duizhao.yaml. */
  rules: Record<string, RuleSetting>;
}

/**
 * `check.rules: { <rule-id>: error|warning|off }` from duizhao.yaml, read by the one project
 * config loader (so `check` gives the same verdict on a bad file as every other command).
 */
export async function loadCheckConfig(root: string): Promise<CheckConfig> {
  const config = await loadProjectConfig(root);
  return { rules: { ...config.check?.rules } };
}
