export * from './qa-rule.js';
export { QA_RULES, QA_RULE_IDS } from './qa-rules.js';
export { runQaRules, type RuleSetting, type RunQaRulesOptions } from './run-qa-rules.js';
export { findRendering, findForm, acceptedForms } from './find-rendering.js';
