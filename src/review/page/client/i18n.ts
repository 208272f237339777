import i18next from 'i18next';

const LANGUAGE_KEY = 'duizhao-review-language';
export const LANGUAGES = ['en', 'zh-Hans'] as const;

/** i18next in the browser, with the page's two bundles (src/i18n/locales/<lng>/review.json). */
export async function initI18n(): Promise<void> {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  const lng = saved && (LANGUAGES as readonly string[]).includes(saved) ? saved : navigator.language.startsWith('zh') ? 'zh-Hans' : 'en';
  const bundles = await Promise.all(LANGUAGES.map(async (l) => (await fetch(`/locales/${l}/review.json`)).json() as Promise<Record<string, unknown>>));
  await i18next.init({
    lng,
    fallbackLng: 'en',
    ns: ['review'],
    defaultNS: 'review',
    resources: Object.fromEntries(LANGUAGES.map((l, i) => [l, { review: bundles[i] ?? {} }])),
    // The page only ever sets textContent, so i18next need not escape.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
}

export function t(key: string, options?: Record<string, unknown>): string {
  return i18next.t(key, options);
}

export function language(): string {
  return i18next.language;
}

export async function setLanguage(lng: string): Promise<void> {
  await i18next.changeLanguage(lng);
  localStorage.setItem(LANGUAGE_KEY, lng);
  document.documentElement.lang = lng;
  translateStatic();
}

/** Fills elements marked data-i18n (text) and data-i18n-placeholder in the static shell and views. */
export function translateStatic(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => (el.textContent = t(el.dataset.i18n ?? '')));
  root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => (el.placeholder = t(el.dataset.i18nPlaceholder ?? '')));
  document.title = t('app.title');
}
