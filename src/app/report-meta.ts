import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Document, parseDocument } from 'yaml';
import { ConfigError } from '../errors.js';
import { findUnresolvedAlias, unresolvedAliasMessage } from '../stores/find-unresolved-alias.js';
import { SOURCE_EXTENSIONS, type ReportMeta, type SourceFormat } from '../model/document.js';
import { writeTextAtomic } from '../stores/atomic-write.js';
import { decodeUserText } from '../stores/read-user-file.js';

const FIELDS = ['title', 'county', 'city', 'province', 'publisher', 'source', 'date', 'script', 'language', 'format', 'ingested'] as const;

export function reportYamlPath(root: string, slug: string): string {
  return join(root, 'corpus', slug, 'report.yaml');
}

/** Reads and checks corpus/<slug>/report.yaml. */
export async function loadReportMeta(root: string, slug: string): Promise<ReportMeta> {
  const { doc, file, text } = await readReportYaml(root, slug);
  const alias = findUnresolvedAlias(doc, text);
  if (alias) throw new ConfigError('corpus/invalid-report', unresolvedAliasMessage(file, alias), { hint: `Write the value itself, or define &${alias.alias} first.` });
  const value: unknown = doc.toJS() ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError('corpus/invalid-report', `${file}:1: report.yaml must be a mapping of fields (title:, script: …), not ${Array.isArray(value) ? 'a list' : 'a single value'}.`, { hint: 'See README "Concepts" for the fields; git diff shows what changed.' });
  }
  const data = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(data)) if (!(FIELDS as readonly string[]).includes(key)) problems.push(`${file}: unknown field "${key}" (known: ${FIELDS.join(', ')}).`);
  if (typeof data.title !== 'string' || !data.title) problems.push(`${file}: "title" is missing.`);
  if (data.script !== 'Hans' && data.script !== 'Hant') problems.push(`${file}: "script" must be Hans or Hant.`);
  const formats = Object.keys(SOURCE_EXTENSIONS);
  if (data.format !== undefined && !formats.includes(data.format as string)) problems.push(`${file}: "format" must be one of ${formats.join(', ')}.`);
  if (problems.length) throw new ConfigError('corpus/invalid-report', `${file} is not valid.`, { details: problems, hint: 'Fix the fields listed; see README "Corpus".' });
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const ingested = data.ingested as { sha256?: string } | undefined;
  const meta: ReportMeta = { id: slug, title: data.title as string, script: data.script as 'Hans' | 'Hant', language: str(data.language) ?? `zh-${data.script as string}` };
  for (const key of ['county', 'city', 'province', 'publisher', 'source', 'date'] as const) {
    const value = str(data[key]);
    if (value) meta[key] = value;
  }
  if (data.format !== undefined) meta.format = data.format as SourceFormat;
  if (ingested?.sha256) meta.ingestedHash = ingested.sha256;
  return meta;
}

async function readReportYaml(root: string, slug: string): Promise<{ doc: Document; file: string; text: string }> {
  const file = `corpus/${slug}/report.yaml`;
  if (!existsSync(reportYamlPath(root, slug))) {
    throw new ConfigError('corpus/unknown-report', `No report "${slug}": ${file} does not exist.`, { hint: 'Run duizhao ingest without arguments to list the reports, or add one with duizhao add.' });
  }
  const text = decodeUserText(await readFile(reportYamlPath(root, slug)), file, 'Save report.yaml as UTF-8 text, or restore it from git.');
  const doc = parseDocument(text);
  if (doc.errors.length) {
    throw new ConfigError('corpus/invalid-report', `${file} is not valid YAML.`, {
      details: doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? 1}: ${e.message.split('\n')[0]}`),
      hint: 'Fix the lines listed (git diff shows what changed); report.yaml is a mapping such as "title: …".',
    });
  }
  return { doc, file, text };
}

/** Writes a new report.yaml (fields in a fixed order, so it diffs well). */
export async function saveNewReportMeta(root: string, meta: ReportMeta): Promise<void> {
  const lines = ['# Report metadata: edit freely; duizhao ingest only updates "ingested".'];
  const doc = new Document({});
  for (const key of ['title', 'county', 'city', 'province', 'publisher', 'source', 'date', 'script', 'language', 'format'] as const) {
    if (meta[key] !== undefined) doc.set(key, meta[key]);
  }
  if (meta.ingestedHash) doc.set('ingested', { sha256: meta.ingestedHash });
  await writeTextAtomic(reportYamlPath(root, meta.id), `${lines.join('\n')}\n${doc.toString()}`);
}

/** Records the hash of the zh.md just written, keeping everything a person wrote in report.yaml. */
export async function saveIngestedHash(root: string, slug: string, sha256: string): Promise<void> {
  const { doc } = await readReportYaml(root, slug);
  if ((doc.getIn(['ingested', 'sha256']) as string | undefined) === sha256) return;
  doc.setIn(['ingested', 'sha256'], sha256);
  await writeTextAtomic(reportYamlPath(root, slug), doc.toString());
}
