import { QA_RULE_IDS } from '../stages/qa/qa-rule-ids.js';
import { readMemorySection, type MemorySection } from './read-memory-section.js';
import { readReviewSection, type ReviewSection } from './read-review-section.js';
import { HOUSE_SPELLINGS, type HouseSpelling } from '../stages/qa/house-spelling.js';

export const RULE_SEVERITIES = ['error', 'warning', 'off'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

export interface ProjectConfigSections {
  /** `backends.<name>`: each back-end's options, validated by the back-end itself. */
  backends?: Record<string, Record<string, unknown>>;
  /** `check.rules.<rule-id>`: severity overrides for the QA checks. */
  check?: { rules?: Record<string, RuleSeverity> };
  /** `memory: { backend: git | postgres, url, fuzzyThreshold }`: where the memory lives (default git) and the fuzzy-match score. */
  memory?: MemorySection;
  /** `review: { host, port, publicHosts }`: where the team's review page listens and the names it answers to. */
  review?: ReviewSection;
  /** `style.spelling`: the house spelling of the English (en-US when absent). */
  style?: { spelling?: HouseSpelling };
}

/** Top-level keys duizhao knows; others are reported as warnings. */
export const KNOWN_TOP_LEVEL_KEYS = ['backends', 'check', 'memory', 'review', 'style'] as const;

const TOKEN = /^[a-z][a-z0-9]*(?:[-/][a-z0-9]+)*$/;

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the shape of the sections duizhao reads; back-ends validate their own options later. */
export function readConfigSections(raw: Record<string, unknown>, where: (path: readonly string[]) => string): { sections: ProjectConfigSections; errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const sections: ProjectConfigSections = {};
  for (const key of Object.keys(raw)) {
    if (!(KNOWN_TOP_LEVEL_KEYS as readonly string[]).includes(key)) {
      warnings.push(`${where([key])}: unknown key "${key}" is ignored (known keys: ${KNOWN_TOP_LEVEL_KEYS.join(', ')}).`);
    }
  }
  if (raw.backends !== undefined && raw.backends !== null) {
    if (!isMapping(raw.backends)) errors.push(`${where(['backends'])}: "backends" must be a mapping of back-end names to their options.`);
    else {
      sections.backends = {};
      for (const [name, options] of Object.entries(raw.backends)) {
        if (!TOKEN.test(name)) errors.push(`${where(['backends', name])}: back-end name "${name}" must be a kebab-case token such as openai.`);
        else if (options !== null && !isMapping(options)) errors.push(`${where(['backends', name])}: backends.${name} must be a mapping of options (baseUrl:, model: …).`);
        else sections.backends[name] = options ?? {};
      }
    }
  }
  if (raw.check !== undefined && raw.check !== null) {
    if (!isMapping(raw.check)) errors.push(`${where(['check'])}: "check" must be a mapping (check: { rules: … }).`);
    else sections.check = readCheck(raw.check, where, errors, warnings);
  }
  if (raw.memory !== undefined && raw.memory !== null) {
    if (!isMapping(raw.memory)) errors.push(`${where(['memory'])}: "memory" must be a mapping (memory: { fuzzyThreshold: 75 } or { backend: postgres, url: … }).`);
    else {
      const memory = readMemorySection(raw.memory, where, errors, warnings);
      if (memory) sections.memory = memory;
    }
  }
  if (raw.review !== undefined && raw.review !== null) {
    if (!isMapping(raw.review)) errors.push(`${where(['review'])}: "review" must be a mapping (review: { host: 0.0.0.0, port: 7788, publicHosts: [review.example.org] }).`);
    else {
      const review = readReviewSection(raw.review, where, errors, warnings);
      if (review) sections.review = review;
    }
  }
  if (raw.style !== undefined && raw.style !== null) {
    if (!isMapping(raw.style)) errors.push(`${where(['style'])}: "style" must be a mapping (style: { spelling: en-US }).`);
    else sections.style = readStyle(raw.style, where, errors, warnings);
  }
  return { sections, errors, warnings };
}

function readStyle(style: Record<string, unknown>, where: (path: readonly string[]) => string, errors: string[], warnings: string[]): ProjectConfigSections['style'] {
  for (const key of Object.keys(style)) if (key !== 'spelling') warnings.push(`${where(['style', key])}: unknown key "style.${key}" is ignored (known: spelling).`);
  if (style.spelling === undefined || style.spelling === null) return {};
  if (!(HOUSE_SPELLINGS as readonly unknown[]).includes(style.spelling)) {
    errors.push(`${where(['style', 'spelling'])}: style.spelling must be ${HOUSE_SPELLINGS.join(' or ')}, got ${JSON.stringify(style.spelling)}.`);
    return {};
  }
  return { spelling: style.spelling as HouseSpelling };
}

function readCheck(check: Record<string, unknown>, where: (path: readonly string[]) => string, errors: string[], warnings: string[]): ProjectConfigSections['check'] {
  for (const key of Object.keys(check)) if (key !== 'rules') warnings.push(`${where(['check', key])}: unknown key "check.${key}" is ignored (known: rules).`);
  if (check.rules === undefined || check.rules === null) return {};
  if (!isMapping(check.rules)) {
    errors.push(`${where(['check', 'rules'])}: check.rules must map rule ids to error, warning or off.`);
    return {};
  }
  const rules: Record<string, RuleSeverity> = {};
  for (const [id, severity] of Object.entries(check.rules)) {
    if (!QA_RULE_IDS.includes(id)) errors.push(`${where(['check', 'rules', id])}: check.rules names an unknown rule "${id}" (known: ${QA_RULE_IDS.join(', ')}).`);
    else if (!(RULE_SEVERITIES as readonly unknown[]).includes(severity)) {
      errors.push(`${where(['check', 'rules', id])}: check.rules.${id} must be error, warning or off, got ${JSON.stringify(severity)}.`);
    } else rules[id] = severity as RuleSeverity;
  }
  return { rules };
}
