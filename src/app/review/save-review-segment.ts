import { wouldDowngrade, type TranslationUnit, type UnitState } from '../../model/unit.js';
import { normaliseEnglish } from '../../stages/render/bilingual-edition.js';
import { documentUnits } from '../../stages/segment/segment-document.js';
import type { TranslationMemory } from '../../stores/memory-jsonl.js';
import { updateMemory } from '../../stores/update-memory.js';
import { loadSegmentedReport, resolveReports } from '../corpus.js';
import type { SaveSegmentRequest } from './review-types.js';

export interface SavedSegment {
  id: string;
  target: string;
  state: UnitState;
  status: string;
  origin: string;
  /** The translator's note as stored; '' when none. */
  footnote: string;
}

/** A save either happened (or had nothing to change), or was refused with an HTTP-like status. */
export type SaveReviewSegmentResult =
  | { ok: true; written: boolean; segment: SavedSegment }
  | { ok: false; status: 400 | 404 | 409; message: string; current?: CurrentSegment };

type CurrentSegment = { target: string; state: UnitState; footnote: string };

const REVIEWER_STATES: readonly string[] = ['translated', 'reviewed', 'approved'];

/**
 * Stores a reviewer's English, state and translator's note (when the request carries one; '' removes
 * it) for one segment of a report. Refuses a lower state than a
 * human one, an empty English, and a save based on a version the reviewer no longer sees (someone
 * changed it since the page loaded). The check and the write happen under one memory lock, so a
 * `duizhao sync` (or another save) can never slip in between and be overwritten.
 */
export async function saveReviewSegment(root: string, slug: string, id: string, body: unknown): Promise<SaveReviewSegmentResult> {
  const request = parseRequest(body);
  if (typeof request === 'string') return { ok: false, status: 400, message: request };
  await resolveReports(root, [slug]);
  const unit = documentUnits(await loadSegmentedReport(root, slug)).find((u) => u.id === id);
  if (!unit) return { ok: false, status: 404, message: `Report ${slug} has no segment ${id}; its Chinese may have changed. Reload the page.` };
  return updateMemory(root, (memory) => saveChecked(memory, unit, slug, request), { commit: (result) => result.ok });
}

function saveChecked(memory: TranslationMemory, unit: TranslationUnit, slug: string, request: SaveSegmentRequest): SaveReviewSegmentResult {
  const { id } = unit;
  const entry = memory.get(unit.key);
  const footnote = normaliseEnglish(entry?.footnote ?? '');
  const current: CurrentSegment = entry && entry.target && entry.state !== 'empty' ? { target: entry.target, state: entry.state, footnote } : { target: '', state: 'empty', footnote };
  if (changedElsewhere(request.expected, current)) {
    return { ok: false, status: 409, message: `Segment ${id} was changed elsewhere since this page loaded (now ${current.state}). Reload to see it; your text is still in the editor.`, current };
  }
  const target = normaliseEnglish(request.target);
  if (wouldDowngrade(current.state, request.state)) {
    return { ok: false, status: 409, message: `Segment ${id} is ${current.state}; a human state is never lowered to ${request.state}.`, current };
  }
  const changed = target !== normaliseEnglish(current.target);
  const origin = changed || !entry?.origin ? 'manual' : entry.origin;
  const keepFlags = !changed && request.state === 'translated' && entry?.flags?.length;
  const outcome = memory.upsert({
    key: unit.key,
    source: entry?.source ?? unit.source,
    target,
    state: request.state,
    origin,
    reports: [slug],
    ...(entry?.note !== undefined ? { note: entry.note } : {}),
    ...(keepFlags ? { flags: entry?.flags } : {}),
    ...(request.footnote !== undefined ? { footnote: normaliseEnglish(request.footnote) } : {}),
  });
  if (outcome === 'refused') return { ok: false, status: 409, message: `The memory refused to replace ${current.state} with ${request.state}.`, current };
  const saved = request.footnote !== undefined ? normaliseEnglish(request.footnote) : footnote;
  return { ok: true, written: outcome !== 'unchanged', segment: { id, target, state: request.state, status: request.state, origin, footnote: saved } };
}

/** The optimistic check: what the page last saw (English, state, and the note when it sent one) is no longer what the memory has. */
function changedElsewhere(expected: SaveSegmentRequest['expected'], current: CurrentSegment): boolean {
  if (!expected) return false;
  if (normaliseEnglish(expected.target) !== normaliseEnglish(current.target) || expected.state !== current.state) return true;
  return expected.footnote !== undefined && normaliseEnglish(expected.footnote) !== current.footnote;
}

function parseRequest(body: unknown): SaveSegmentRequest | string {
  if (typeof body !== 'object' || body === null) return 'The body must be a JSON object {target, state}.';
  const b = body as Record<string, unknown>;
  if (typeof b.target !== 'string' || !normaliseEnglish(b.target)) return '"target" must be the English text (not empty).';
  if (b.target.length > 20_000) return '"target" is too long (over 20,000 characters).';
  if (typeof b.state !== 'string' || !REVIEWER_STATES.includes(b.state)) return '"state" must be translated, reviewed or approved.';
  if (b.footnote !== undefined && (typeof b.footnote !== 'string' || b.footnote.length > 5_000)) return '"footnote" must be the translator\'s note as text (at most 5,000 characters; "" removes it).';
  const e = b.expected as Record<string, unknown> | undefined;
  if (e !== undefined && (typeof e !== 'object' || e === null || typeof e.target !== 'string' || typeof e.state !== 'string' || (e.footnote !== undefined && typeof e.footnote !== 'string'))) {
    return '"expected" must be {target, state, footnote?} as the page last saw them.';
  }
  const expected = e ? { expected: { target: e.target as string, state: e.state as UnitState, ...(typeof e.footnote === 'string' ? { footnote: e.footnote } : {}) } } : {};
  return { target: b.target, state: b.state as SaveSegmentRequest['state'], ...(typeof b.footnote === 'string' ? { footnote: b.footnote } : {}), ...expected };
}
