import type { LineRecogniser } from './line-furniture.js';

const LABEL = /^[【\[]?(?:原标题|原標題|原题|原題)[】\]]?\s*[：:]\s*/u;

/**
 * `原标题：…` on a reposted page: the label goes, the original headline stays (as a subtitle) and is
 * evidence for choosing the title. When no other line looks like the title, it becomes the title.
 */
export const webOriginalTitle: LineRecogniser = {
  cls: 'web-original-title',
  recognise(text) {
    const trimmed = text.trim();
    const label = LABEL.exec(trimmed);
    if (!label) return undefined;
    const title = trimmed.slice(label[0].length).trim();
    if (title === '') return { cls: this.cls, why: 'empty 原标题 label', keep: [] };
    return { cls: this.cls, why: '原标题 label dropped, the original headline kept', keep: [{ text: title, role: 'subtitle' }], titleEvidence: title };
  },
};
