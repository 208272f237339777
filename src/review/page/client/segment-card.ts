import type { ReviewFinding, ReviewSegment, ReviewSuggestion } from '../../../app/review/review-types.js';
import { renderChinese } from './chinese-terms.js';
import { h } from './dom.js';
import { t } from './i18n.js';

export type ReviewerState = 'translated' | 'reviewed' | 'approved';

export interface SegmentCardActions {
  save(card: SegmentCard, state: ReviewerState): Promise<void>;
  focus(card: SegmentCard): void;
}

/** One segment side by side: Chinese with terms on the left; English editor, suggestions, findings on the right. */
export class SegmentCard {
  readonly element: HTMLElement;
  readonly editor: HTMLTextAreaElement;
  /** The translator's note (a footnote in the English edition), saved with the English. */
  readonly footnoteEditor: HTMLTextAreaElement;
  private readonly footnoteTitle = h('span', { class: 'footnote-title' });
  findings: ReviewFinding[] = [];
  private readonly badge = h('span', { class: 'badge' });
  private readonly origin = h('span', { class: 'origin' });
  private readonly findingsBox = h('div', { class: 'findings' });
  private readonly buttons: Record<ReviewerState, HTMLButtonElement>;

  constructor(public segment: ReviewSegment, actions: SegmentCardActions) {
    this.editor = h('textarea', { class: 'en', lang: 'en', rows: '3', 'aria-label': t('segment.english') });
    this.editor.value = segment.target;
    this.footnoteEditor = h('textarea', { class: 'footnote', lang: 'en', rows: '1' });
    this.footnoteEditor.value = segment.footnote;
    this.buttons = {
      translated: h('button', { type: 'button', class: 'primary save' }, t('segment.save')),
      reviewed: h('button', { type: 'button', class: 'review' }, t('segment.review')),
      approved: h('button', { type: 'button', class: 'approve' }, t('segment.approve')),
    };
    this.buttons.translated.addEventListener('click', () => void actions.save(this, this.saveState()));
    this.buttons.reviewed.addEventListener('click', () => void actions.save(this, 'reviewed'));
    this.buttons.approved.addEventListener('click', () => void actions.save(this, 'approved'));
    this.editor.addEventListener('focus', () => actions.focus(this));
    this.footnoteEditor.addEventListener('focus', () => actions.focus(this));
    this.element = h('article', { class: 'segment', 'data-id': segment.id, tabindex: '-1' },
      h('div', { class: 'source-col' }, h('div', { class: 'meta' }, h('code', {}, segment.id), this.badge, this.origin), renderChinese(segment.source, segment.terms)),
      h('div', { class: 'target-col' }, this.editor, h('label', { class: 'footnote-label' }, this.footnoteTitle, this.footnoteEditor),
        h('div', { class: 'actions' }, this.buttons.translated, this.buttons.reviewed, this.buttons.approved),
        this.renderSuggestions(segment.suggestions), this.findingsBox, this.renderNotes(segment.notes)));
    this.element.addEventListener('click', () => actions.focus(this));
    this.refresh();
  }

  /** Save keeps a human state (an approved segment stays approved); otherwise the English becomes translated. */
  saveState(): ReviewerState {
    const s = this.segment.state;
    return s === 'reviewed' || s === 'approved' ? s : 'translated';
  }

  update(changes: Partial<ReviewSegment>): void {
    this.segment = { ...this.segment, ...changes };
    this.editor.value = this.segment.target;
    this.footnoteEditor.value = this.segment.footnote;
    this.refresh();
  }

  setBusy(busy: boolean): void {
    for (const button of Object.values(this.buttons)) button.disabled = busy;
    if (!busy) this.buttons.reviewed.disabled = this.segment.state === 'approved';
  }

  setFindings(findings: ReviewFinding[], available: boolean): void {
    this.findings = findings;
    const items = findings.map((f) => h('li', { class: f.severity },
      h('span', { class: 'rule' }, f.ruleId), ' ', f.reason,
      f.actual !== undefined && f.expected !== undefined ? ` (${f.actual} → ${f.expected})` : f.expected !== undefined ? ` (${f.expected})` : '',
      f.hint ? ` ${f.hint}` : ''));
    const summary = !available ? t('segment.findingsUnavailable') : findings.length ? `${t('segment.findings')} (${findings.length})` : '';
    this.findingsBox.replaceChildren(...(summary ? [h('div', { class: 'findings-title' }, summary)] : []), ...(items.length ? [h('ul', {}, ...items)] : []));
  }

  refresh(): void {
    this.element.dataset.status = this.segment.status;
    this.badge.className = `badge ${this.segment.status}`;
    this.badge.textContent = t(`status.${this.segment.status}`);
    this.origin.textContent = this.segment.origin ? t('segment.origin', { origin: this.segment.origin }) : '';
    this.footnoteTitle.textContent = t('segment.footnote');
    this.buttons.translated.textContent = t('segment.save');
    this.buttons.reviewed.textContent = t('segment.review');
    this.buttons.approved.textContent = t('segment.approve');
    this.setBusy(false);
  }

  private renderSuggestions(suggestions: readonly ReviewSuggestion[]): HTMLElement | null {
    if (suggestions.length === 0) return null;
    const items = suggestions.map((s) => {
      const use = h('button', { type: 'button', class: 'use-suggestion', 'data-i18n': 'segment.use' }, t('segment.use'));
      use.addEventListener('click', () => {
        this.editor.value = s.target;
        this.editor.focus();
      });
      const score = s.score !== undefined ? `${s.score}% ` : '';
      const adapted = s.adaptations?.length ? ` [${s.adaptations.join('; ')}]` : '';
      return h('li', {}, use, h('span', { class: 'suggestion-origin' }, `${score}${s.origin}: `), h('span', { class: 'suggestion-text', lang: 'en' }, s.target), adapted);
    });
    return h('div', { class: 'suggestions' }, h('div', { 'data-i18n': 'segment.suggestions' }, t('segment.suggestions')), h('ul', {}, ...items));
  }

  private renderNotes(notes: readonly string[]): HTMLElement | null {
    if (notes.length === 0) return null;
    return h('div', { class: 'notes' }, h('span', { 'data-i18n': 'segment.notes' }, t('segment.notes')), ': ', notes.join(' · '));
  }
}
