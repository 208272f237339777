import { api, initToken } from './api.js';
import { byId, h, showStatus } from './dom.js';
import { initI18n, language, setLanguage, t, translateStatic } from './i18n.js';
import { installKeyboard } from './keyboard.js';
import { renderReportList } from './report-list.js';
import { ReportView } from './report-view.js';

/** The review page: ?report=<slug> shows a report, otherwise the list of reports. */
let view: ReportView | undefined;
const main = byId('main');

async function start(): Promise<void> {
  const hasToken = initToken();
  await initI18n();
  translateStatic();
  const select = byId<HTMLSelectElement>('language');
  select.value = language();
  select.addEventListener('change', () => void switchLanguage(select.value));
  if (!hasToken) {
    main.replaceChildren(h('p', { class: 'error', 'data-i18n': 'app.noToken' }, t('app.noToken')));
    return;
  }
  installKeyboard(() => view);
  byId('home').addEventListener('click', (event) => {
    event.preventDefault();
    void navigate(undefined);
  });
  window.addEventListener('popstate', () => void route());
  await route();
}

async function navigate(slug: string | undefined): Promise<void> {
  history.pushState(null, '', slug ? `/?report=${encodeURIComponent(slug)}` : '/');
  await route();
}

async function route(): Promise<void> {
  const slug = new URLSearchParams(location.search).get('report');
  view = undefined;
  main.replaceChildren(h('p', { 'data-i18n': 'app.loading' }, t('app.loading')));
  try {
    if (!slug) {
      main.replaceChildren(renderReportList(await api.reports(), (s) => void navigate(s)));
      return;
    }
    const next = new ReportView(await api.report(slug));
    view = next;
    main.replaceChildren(next.element);
    document.body.dataset.ready = 'report';
    await next.loadFindings();
    document.body.dataset.findings = 'loaded';
  } catch (error) {
    main.replaceChildren(h('p', { class: 'error' }, (error as Error).message));
    showStatus((error as Error).message, 'error');
  }
}

async function switchLanguage(lng: string): Promise<void> {
  await setLanguage(lng);
  if (view) view.relabel();
  else await route();
}

void start();
