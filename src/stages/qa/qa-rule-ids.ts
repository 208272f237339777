/**
 * The id of every QA rule, in the order of QA_RULES (qa-rules.test.ts holds the two equal). Kept
 * apart from the rules so that reading duizhao.yaml (check.rules is validated for every command)
 * does not load the rules, the number readers and the spelling lists with them.
 */
export const QA_RULE_IDS: readonly string[] = [
  'text/empty', 'text/same-as-source', 'text/untranslated', 'term/missing', 'term/forbidden', 'term/first-mention', 'number/mismatch',
  'name/romanisation', 'punctuation/full-width', 'punctuation/brackets', 'text/length-ratio', 'consistency/source', 'consistency/target',
  'style/spelling', 'style/numerals',
];
