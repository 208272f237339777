import type { ReviewReportSummary } from '../../../app/review/review-types.js';
import { h } from './dom.js';
import { t } from './i18n.js';

/** The list of reports with their progress; `open` is called with a slug. */
export function renderReportList(reports: readonly ReviewReportSummary[], open: (slug: string) => void): HTMLElement {
  const head = h('tr', {}, ...['report', 'segments', 'done', 'reviewed', 'approved', 'todo', 'progress'].map((k) => h('th', {}, t(`reports.${k}`))));
  const rows = reports.map((r) => {
    const done = r.translated + r.reviewed + r.approved;
    const link = h('a', { href: `/?report=${encodeURIComponent(r.slug)}`, class: 'open-report', 'data-slug': r.slug }, r.title);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open(r.slug);
    });
    return h('tr', { 'data-slug': r.slug },
      h('td', {}, link, h('div', { class: 'slug' }, r.slug)),
      h('td', {}, String(r.segments)),
      h('td', {}, String(r.translated)),
      h('td', {}, String(r.reviewed)),
      h('td', {}, String(r.approved)),
      h('td', {}, `${r.draft} / ${r.fuzzy} / ${r.missing}`),
      h('td', {}, h('progress', { max: String(r.segments), value: String(done), title: `${done}/${r.segments}` }), ` ${Math.round((100 * done) / Math.max(1, r.segments))}%`));
  });
  return h('section', { class: 'report-list' }, h('h2', {}, t('reports.heading')), h('table', { class: 'reports' }, h('thead', {}, head), h('tbody', {}, ...rows)));
}
