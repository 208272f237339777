import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import type { SegmentedDocument } from '../model/document.js';
import { parseZhMarkdown } from '../stores/zh-markdown.js';
import { documentUnits, segmentDocument } from '../stages/segment/segment-document.js';
import { loadReportMeta } from './report-meta.js';

/** A segmented report's units in reading order, for commands that list them. */
export { documentUnits };

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function reportDir(root: string, slug: string): string {
  return join(root, 'corpus', slug);
}

/** Slugs of every report under corpus/ (folders holding report.yaml), sorted. */
export async function listReports(root: string): Promise<string[]> {
  const dir = join(root, 'corpus');
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'report.yaml')))
    .map((e) => e.name)
    .sort();
}

/** The requested slugs (checked to exist), or every report when none are given. */
export async function resolveReports(root: string, slugs: readonly string[]): Promise<string[]> {
  const all = await listReports(root);
  if (slugs.length === 0) return all;
  const unknown = slugs.filter((s) => !all.includes(s));
  if (unknown.length > 0) {
    throw new ConfigError('corpus/unknown-report', `Unknown report${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`, {
      hint: all.length ? `Reports in this project: ${all.join(', ')}.` : 'This project has no reports yet; add one with duizhao add <file> --id <slug>.',
    });
  }
  return [...slugs];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Reads corpus/<slug>/zh.md and cuts it into segments. */
export async function loadSegmentedReport(root: string, slug: string): Promise<SegmentedDocument> {
  const meta = await loadReportMeta(root, slug);
  const file = `corpus/${slug}/zh.md`;
  let markdown: string;
  try {
    markdown = await readFile(join(root, file), 'utf8');
  } catch (error) {
    throw new ConfigError('corpus/not-ingested', `${file} does not exist.`, { hint: `Run duizhao ingest ${slug}.`, cause: error });
  }
  return segmentDocument(parseZhMarkdown(markdown), { meta, file });
}
