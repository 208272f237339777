import type { ReviewReport } from '../../../app/review/review-types.js';
import { api } from './api.js';
import { termOptions } from './chinese-terms.js';
import { h, showStatus } from './dom.js';
import { matchesFilter, NO_FILTER, type SegmentFilter } from './filters.js';
import { t, translateStatic } from './i18n.js';
import { SegmentCard, type ReviewerState } from './segment-card.js';
import { renderToolbar, type Toolbar } from './toolbar.js';

/** A report's segments side by side, with the toolbar's filters and keyboard navigation. */
export class ReportView {
  readonly element: HTMLElement;
  private readonly cards: SegmentCard[] = [];
  private readonly toolbar: Toolbar;
  private current: SegmentCard | undefined;
  private filter: SegmentFilter = { ...NO_FILTER };

  constructor(private readonly report: ReviewReport) {
    const actions = { save: (card: SegmentCard, state: ReviewerState) => this.save(card, state), focus: (card: SegmentCard) => this.setCurrent(card, false) };
    const sections = report.paragraphs.map((p) => {
      const cards = p.segments.map((s) => new SegmentCard(s, actions));
      this.cards.push(...cards);
      const label = `¶${p.index} ${p.type}${p.ordinal ? ` ${p.ordinal}` : ''}`;
      return h('section', { class: 'paragraph', 'data-paragraph': String(p.index) }, h('h3', {}, label), ...cards.map((c) => c.element));
    });
    const terms = report.paragraphs.flatMap((p) => p.segments.flatMap((s) => s.terms));
    this.toolbar = renderToolbar(termOptions(terms), (filter) => {
      this.filter = filter;
      this.applyFilter();
    });
    this.element = h('div', { class: 'report' }, h('h2', {}, report.title), this.toolbar.element, h('div', { class: 'segments' }, ...sections));
    this.applyFilter();
  }

  async loadFindings(): Promise<void> {
    const result = await api.findings(this.report.slug);
    for (const card of this.cards) card.setFindings(result.findings.filter((f) => f.segmentId === card.segment.id), result.available);
    this.toolbar.setFindingsAvailable(result.available);
    this.applyFilter();
  }

  currentCard(): SegmentCard | undefined {
    return this.current;
  }

  /** Moves the focus to the next (1) or previous (−1) visible segment. */
  move(delta: 1 | -1): void {
    const visible = this.cards.filter((c) => !c.element.hidden);
    if (visible.length === 0) return;
    const at = this.current ? visible.indexOf(this.current) : -1;
    const next = visible[Math.min(visible.length - 1, Math.max(0, at === -1 ? 0 : at + delta))];
    if (next) this.setCurrent(next, true);
  }

  async saveCurrent(state?: ReviewerState): Promise<void> {
    if (this.current) await this.save(this.current, state ?? this.current.saveState());
  }

  /** After a language switch: labels of the toolbar and every card. */
  relabel(): void {
    translateStatic(this.element);
    for (const card of this.cards) {
      card.refresh();
      card.setFindings(card.findings, this.toolbar.findingsAvailable());
    }
    this.applyFilter();
  }

  private setCurrent(card: SegmentCard, scroll: boolean): void {
    this.current?.element.classList.remove('current');
    this.current = card;
    card.element.classList.add('current');
    if (scroll) {
      card.element.scrollIntoView({ block: 'nearest' });
      card.element.focus({ preventScroll: true });
    }
  }

  private async save(card: SegmentCard, state: ReviewerState): Promise<void> {
    const target = card.editor.value;
    if (!target.trim()) return showStatus(t('messages.empty'), 'error');
    card.setBusy(true);
    try {
      const { segment: before } = card;
      const footnote = card.footnoteEditor.value;
      const expected = { target: before.target, state: before.state, footnote: before.footnote };
      const { written, segment } = await api.save(this.report.slug, before.id, { target, state, footnote, expected });
      card.update({ target: segment.target, state: segment.state, status: segment.status, origin: segment.origin, footnote: segment.footnote });
      showStatus(t(written ? 'messages.saved' : 'messages.unchanged', { id: segment.id, state: t(`status.${segment.state}`) }));
      void this.loadFindings().catch(() => undefined);
    } catch (error) {
      card.setBusy(false);
      showStatus(t('messages.failed', { message: (error as Error).message }), 'error');
    }
  }

  private applyFilter(): void {
    let shown = 0;
    for (const card of this.cards) {
      card.element.hidden = !matchesFilter(card.segment, card.findings, this.filter);
      if (!card.element.hidden) shown++;
    }
    this.element.querySelectorAll<HTMLElement>('section.paragraph').forEach((section) => {
      section.hidden = !section.querySelector('article.segment:not([hidden])');
    });
    this.toolbar.setCount(shown, this.cards.length);
  }
}
