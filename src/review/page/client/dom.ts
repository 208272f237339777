/** Builds DOM from text only: attributes and textContent, never HTML strings, so data stays data. */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    if (name === 'class') el.className = value;
    else el.setAttribute(name, value);
  }
  for (const child of children) if (child) el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

let statusTimer: number | undefined;

/** A short message in the corner (role=status, read out by screen readers). */
export function showStatus(message: string, kind: 'info' | 'error' = 'info'): void {
  const box = byId('status');
  box.textContent = message;
  box.className = kind === 'error' ? 'error' : '';
  window.clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => (box.textContent = ''), kind === 'error' ? 8000 : 3000);
}
