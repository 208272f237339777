import { h } from './dom.js';
import type { SegmentFilter } from './filters.js';
import { t } from './i18n.js';

export interface Toolbar {
  element: HTMLElement;
  setCount(shown: number, total: number): void;
  setFindingsAvailable(available: boolean): void;
  findingsAvailable(): boolean;
}

const STATUSES = ['missing', 'fuzzy', 'draft', 'translated', 'reviewed', 'approved'];
const KEYS = ['next', 'previous', 'edit', 'leave', 'save', 'approve'];

/** Filters (status, has findings, glossary term, search) and the keyboard help. */
export function renderToolbar(termOptions: HTMLOptionElement[], onChange: (filter: SegmentFilter) => void): Toolbar {
  const status = h('select', { id: 'filter-status' },
    h('option', { value: '', 'data-i18n': 'filters.allStatuses' }, t('filters.allStatuses')),
    ...STATUSES.map((s) => h('option', { value: s, 'data-i18n': `status.${s}` }, t(`status.${s}`))));
  const findings = h('input', { id: 'filter-findings', type: 'checkbox' });
  const term = h('select', { id: 'filter-term' }, ...termOptions);
  term.options[0]?.setAttribute('data-i18n', 'filters.allTerms');
  const search = h('input', { id: 'filter-search', type: 'search', placeholder: t('filters.searchPlaceholder'), 'data-i18n-placeholder': 'filters.searchPlaceholder' });
  const count = h('span', { class: 'count' });
  let counts = { shown: 0, total: 0 };
  const emit = () => onChange({ status: status.value, hasFindings: findings.checked, term: term.value, search: search.value });
  for (const control of [status, findings, term]) control.addEventListener('change', emit);
  search.addEventListener('input', emit);
  const label = (key: string, control: HTMLElement) => h('label', {}, h('span', { 'data-i18n': key }, t(key)), ' ', control);
  const keys = h('details', { class: 'keys' },
    h('summary', { 'data-i18n': 'keys.heading' }, t('keys.heading')),
    h('ul', {}, ...KEYS.map((k) => h('li', { 'data-i18n': `keys.${k}` }, t(`keys.${k}`)))));
  const element = h('div', { class: 'toolbar' },
    label('filters.status', status), h('label', {}, findings, ' ', h('span', { 'data-i18n': 'filters.hasFindings' }, t('filters.hasFindings'))),
    label('filters.term', term), label('filters.search', search), keys, count);
  return {
    element,
    setCount(shown, total) {
      counts = { shown, total };
      count.textContent = t('filters.shown', counts);
    },
    setFindingsAvailable(available) {
      findings.disabled = !available;
    },
    findingsAvailable: () => !findings.disabled,
  };
}
