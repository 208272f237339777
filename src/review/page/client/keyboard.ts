import type { ReportView } from './report-view.js';

/**
 * Review shortcuts (listed on the page): j/↓ and k/↑ move between visible segments, Enter edits
 * the English, Esc leaves the editor, Ctrl+Enter saves, Ctrl+Shift+A approves.
 */
export function installKeyboard(currentView: () => ReportView | undefined): void {
  document.addEventListener('keydown', (event) => {
    const view = currentView();
    if (!view) return;
    if (event.ctrlKey && !event.shiftKey && event.key === 'Enter') {
      event.preventDefault();
      void view.saveCurrent();
      return;
    }
    if (event.ctrlKey && event.shiftKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      void view.saveCurrent('approved');
      return;
    }
    const target = event.target as HTMLElement | null;
    if (target && ['TEXTAREA', 'INPUT', 'SELECT'].includes(target.tagName)) {
      if (event.key === 'Escape') target.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'j' || event.key === 'ArrowDown') view.move(1);
    else if (event.key === 'k' || event.key === 'ArrowUp') view.move(-1);
    else if (event.key === 'Enter') view.currentCard()?.editor.focus();
    else return;
    event.preventDefault();
  });
}
