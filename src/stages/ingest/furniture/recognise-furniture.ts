import type { RepairLog, SourceLine } from '../source-line.js';
import { cmsPlaceholder } from './cms-placeholder.js';
import { letterSalutation } from './letter-salutation.js';
import type { FurnitureDecision, LineRecogniser } from './line-furniture.js';
import { newsClosingByline } from './news-closing-byline.js';
import { newsPhotoCredit } from './news-photo-credit.js';
import { newsReporterLine } from './news-reporter-line.js';
import { printFurniture } from './print-furniture.js';
import { webBreadcrumb } from './web-breadcrumb.js';
import { webEditorCredit } from './web-editor-credit.js';
import { webFooter } from './web-footer.js';
import { webOriginalTitle } from './web-original-title.js';
import { webPageMeta } from './web-page-meta.js';
import { webPageWidget } from './web-page-widget.js';

/** Every line recogniser, tried in this order on every non-blank line; the first verdict wins. */
export const LINE_RECOGNISERS: readonly LineRecogniser[] = [
  printFurniture, webBreadcrumb, webPageMeta, webEditorCredit, webPageWidget, webFooter, webOriginalTitle, cmsPlaceholder,
  newsReporterLine, newsPhotoCredit, newsClosingByline, letterSalutation,
];

export interface FurnitureResult {
  lines: SourceLine[];
  /** Headlines the text itself names (原标题：…), evidence for the title. */
  titleEvidence: string[];
}

/**
 * Runs the line recognisers: furniture is dropped (each drop logged to repairs.txt with its
 * class and reason, as something to look at), conventions get a role hint that outranks the
 * shape guesses, and a line holding several blocks (a caption with the paragraph glued after its
 * credit) is split. A line hinted by the file's own structure keeps its kind (see keepHinted); a
 * line a person named in overrides.yaml (`keep`) is left as it is: the person outranks both.
 */
export function recogniseFurniture(lines: readonly SourceLine[], log: RepairLog, keep: ReadonlySet<number> = new Set(), recognisers = LINE_RECOGNISERS): FurnitureResult {
  const nonBlank = lines.filter((l) => l.text.trim() !== '');
  const out: SourceLine[] = [];
  const titleEvidence: string[] = [];
  let index = -1;
  for (const line of lines) {
    if (line.text.trim() !== '') index++;
    if (line.text.trim() === '' || keep.has(line.no)) {
      out.push({ ...line });
      continue;
    }
    const context = { index, count: nonBlank.length, previous: nonBlank[index - 1]?.text, next: nonBlank[index + 1]?.text };
    const decision = decide(line.text, context, recognisers);
    if (!decision) {
      out.push({ ...line });
      continue;
    }
    if (line.hint) {
      keepHinted(line, decision, out, log);
      continue;
    }
    if (decision.titleEvidence) titleEvidence.push(decision.titleEvidence);
    logDecision(line, decision, log);
    for (const part of decision.keep) {
      const previous = out.findLast((l) => l.text.trim() !== '');
      if (part.attachToPrevious && previous?.hint?.kind === 'byline') {
        // 文字：某某 / 图片：某某 — a credits block: the photo credit is one more byline.
        out.push({ no: line.no, text: part.text, hint: { kind: 'byline', why: 'photo credit in a block of credits' } });
        continue;
      }
      if (part.attachToPrevious && previous && (!previous.hint || previous.hint.kind === 'caption') && [...previous.text].length <= 60) {
        previous.text = `${previous.text} ${part.text}`;
        previous.hint = { kind: 'caption', why: 'photo caption with its credit' };
        continue;
      }
      out.push({ no: line.no, text: part.text, ...(part.role ? { hint: { kind: part.role, why: decision.why } } : {}) });
    }
  }
  return { lines: out, titleEvidence };
}

/**
 * A line the file's structure already placed (an <h1>, a <p>) keeps its kind: the recognisers may
 * still drop it whole (责任编辑 in a <p>) or take a label off it (原标题：), never re-role or split it.
 */
function keepHinted(line: SourceLine, decision: FurnitureDecision, out: SourceLine[], log: RepairLog): void {
  if (decision.keep.length === 0) {
    logDecision(line, decision, log);
    return;
  }
  if (decision.keep.length === 1 && decision.keep[0]!.text !== line.text.trim() && !decision.keep[0]!.attachToPrevious) {
    logDecision(line, decision, log);
    out.push({ ...line, text: decision.keep[0]!.text });
    return;
  }
  out.push({ ...line });
}

function decide(text: string, context: Parameters<LineRecogniser['recognise']>[1], recognisers: readonly LineRecogniser[]): FurnitureDecision | undefined {
  for (const recogniser of recognisers) {
    const decision = recogniser.recognise(text, context);
    if (decision) return decision;
  }
  return undefined;
}

function logDecision(line: SourceLine, decision: FurnitureDecision, log: RepairLog): void {
  const kept = decision.keep.map((p) => p.text).join('');
  const trimmed = line.text.trim();
  if (decision.keep.length === 0) {
    log.repair(`ingest/furniture`, line.no, `${decision.cls}: ${decision.why}; dropped`, trimmed, '(dropped)', 'warning');
  } else if (kept.replace(/\s/gu, '') !== trimmed.replace(/\s/gu, '')) {
    log.repair(`ingest/furniture`, line.no, `${decision.cls}: ${decision.why}`, trimmed, decision.keep.map((p) => p.text).join(' ¶ '), 'warning');
  } else if (decision.keep.length > 1) {
    log.repair('ingest/split-line', line.no, `${decision.cls}: ${decision.why}`, trimmed, decision.keep.map((p) => p.text).join(' ¶ '), 'warning');
  } else if (decision.keep[0]?.attachToPrevious) {
    log.repair('ingest/caption-credit', line.no, `${decision.cls}: ${decision.why}`, trimmed, `… ${trimmed}`);
  }
}

/** The class of furniture a block's text still carries, if any: for the scorer and for tests. */
export function furnitureIn(text: string, recognisers = LINE_RECOGNISERS): string | undefined {
  const decision = decide(text, { index: 0, count: 1 }, recognisers);
  if (!decision) return undefined;
  const kept = decision.keep.map((p) => p.text).join('').replace(/\s/gu, '');
  return kept !== text.replace(/\s/gu, '') ? decision.cls : undefined;
}
