import { loadProjectConfig } from '../../config/load-project-config.js';
import type { RuleSetting } from '../../stages/qa/index.js';
import { DEFAULT_HOUSE_SPELLING, type HouseSpelling } from '../../stages/qa/spelling-variants.js';

export interface CheckConfig {
  /** Severity overrides from `check.rules` in duizhao.yaml. */
  rules: Record<string, RuleSetting>;
  /** `style.spelling` from duizhao.yaml: the house spelling style/spelling checks against. */
  spelling: HouseSpelling;
}

/**
 * `check.rules: { <rule-id>: error|warning|off }` from duizhao.yaml, read by the one project
 * config loader (so `check` gives the same verdict on a bad file as every other command).
 */
export async function loadCheckConfig(root: string): Promise<CheckConfig> {
  const config = await loadProjectConfig(root);
  return { rules: { ...config.check?.rules }, spelling: config.style?.spelling ?? DEFAULT_HOUSE_SPELLING };
}
