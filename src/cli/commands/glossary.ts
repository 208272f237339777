import { resolve } from 'node:path';
import type { Command } from 'commander';
import { applyGlossaryChangesToMemory, type RenderingChange } from '../../app/glossary/apply-glossary-change.js';
import { loadCorpusSegments } from '../../app/glossary/corpus-segments.js';
import { exportGlossary } from '../../app/glossary/export-glossary.js';
import { projectGlossaryUsage } from '../../app/glossary/glossary-usage.js';
import { importGlossary } from '../../app/glossary/import-glossary.js';
import { lintGlossary } from '../../app/glossary/lint-glossary.js';
import { renderingChangesFromGit } from '../../app/glossary/rendering-changes-from-git.js';
import { AppError, EXIT_CODES, type ExitCode } from '../../errors.js';
import { countBySeverity } from '../../model/diagnostic.js';
import { GLOSSARY_KINDS, GLOSSARY_STATUSES, isGlossaryKind, isGlossaryStatus, type GlossaryEntry } from '../../model/glossary-entry.js';
import { addGlossaryEntry, formatGlossaryProblem, loadGlossary, type Glossary } from '../../app/glossary/project-glossary.js';
import { suggestTerms } from '../../app/glossary/suggest-terms.js';
import type { CommandContext, RegisterCommand } from '../context.js';
import { writeOutputFile } from '../../app/guard-output-path.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];
const json = (ctx: CommandContext, value: unknown): void => ctx.io.stdout(`${JSON.stringify(value, null, 2)}\n`);

function checkChoice(name: string, value: string | undefined, ok: (v: string) => boolean, choices: readonly string[]): void {
  if (value !== undefined && !ok(value)) throw new AppError('usage/bad-option', `--${name} must be one of ${choices.join(', ')}, not "${value}".`);
}

/** A lookup that finds nothing is a finding (exit 1) for `show`; commands that act on the term pass exit 2. */
function findEntry(glossary: Glossary, zh: string, exitCode: ExitCode = EXIT_CODES.findings, hint = 'See duizhao glossary list, or add it with duizhao glossary add.'): GlossaryEntry {
  const entry = glossary.findByZh(zh);
  if (!entry) throw new AppError('glossary/unknown-term', `The glossary has no entry "${zh}" (as zh or variant).`, { exitCode, hint });
  return entry;
}

function describeEntry(entry: GlossaryEntry): string {
  const lines = [`${entry.zh}  →  ${entry.en}`, `  kind: ${entry.kind}   status: ${entry.status}`];
  if (entry.variants?.length) lines.push(`  variants: ${entry.variants.join(', ')}`);
  if (entry.first) lines.push(`  first mention: ${entry.first}`);
  if (entry.short) lines.push(`  later mentions: ${entry.short}`);
  if (entry.accepted?.length) lines.push(`  also accepted: ${entry.accepted.join('; ')}`);
  if (entry.forbidden?.length) lines.push(`  forbidden: ${entry.forbidden.join('; ')}`);
  if (entry.note) lines.push(`  note: ${entry.note}`);
  const s = entry.source;
  if (s) lines.push(`  source: ${[s.title, s.publisher, s.date, s.url].filter(Boolean).join(', ')}`);
  if (entry.origin) lines.push(`  defined at ${entry.origin.file}:${entry.origin.line}`);
  return `${lines.join('\n')}\n`;
}

export const registerGlossaryCommands: RegisterCommand = (program, ctx) => {
  const glossary = program.command('glossary').description('list, check, extend and exchange the terminology glossary (glossary/*.yaml)');
  registerBrowse(glossary, ctx);
  registerLint(glossary, ctx);
  registerCorpus(glossary, ctx);
  registerExchange(glossary, ctx);
};

function registerBrowse(glossary: Command, ctx: CommandContext): void {
  glossary.command('list').description('entries, optionally of one kind or status')
    .option('--kind <kind>', `one of ${GLOSSARY_KINDS.join(', ')}`).option('--status <status>', `one of ${GLOSSARY_STATUSES.join(', ')}`).option('--json', 'print JSON')
    .action(async (opts: { kind?: string; status?: string; json?: boolean }) => {
      checkChoice('kind', opts.kind, isGlossaryKind, GLOSSARY_KINDS);
      checkChoice('status', opts.status, isGlossaryStatus, GLOSSARY_STATUSES);
      const entries = (await loadGlossary(ctx.projectRoot())).filter({ ...(opts.kind ? { kind: opts.kind as GlossaryEntry['kind'] } : {}), ...(opts.status ? { status: opts.status as GlossaryEntry['status'] } : {}) });
      if (opts.json) return json(ctx, entries);
      for (const e of entries) ctx.io.stdout(`${e.zh}\t${e.en}\t${e.kind}\t${e.status}\n`);
      ctx.io.stderr(`${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}\n`);
    });

  glossary.command('show').description('one entry, looked up by zh or a variant (Simplified or Traditional)').argument('<zh>').option('--json', 'print JSON')
    .action(async (zh: string, opts: { json?: boolean }) => {
      const entry = findEntry(await loadGlossary(ctx.projectRoot()), zh);
      if (opts.json) json(ctx, entry);
      else ctx.io.stdout(describeEntry(entry));
    });

  glossary.command('add').description('append an entry to glossary/<kind-plural>.yaml (comments and formatting are kept)')
    .argument('<zh>', 'Chinese term, Simplified').argument('<en>', 'English rendering')
    .option('--kind <kind>', `one of ${GLOSSARY_KINDS.join(', ')}`, 'general').option('--status <status>', `one of ${GLOSSARY_STATUSES.join(', ')}`, 'proposed')
    .option('--note <text>', 'why this rendering').option('--first <en>', 'fuller form for the first mention').option('--short <en>', 'short form for later mentions')
    .option('--variant <zh>', 'another Chinese form (repeatable)', collect, []).option('--accepted <en>', 'another accepted English form (repeatable)', collect, [])
    .option('--forbidden <en>', 'a rendering that must not be used (repeatable)', collect, [])
    .action(async (zh: string, en: string, o: { kind: string; status: string; note?: string; first?: string; short?: string; variant: string[]; accepted: string[]; forbidden: string[] }) => {
      checkChoice('kind', o.kind, isGlossaryKind, GLOSSARY_KINDS);
      checkChoice('status', o.status, isGlossaryStatus, GLOSSARY_STATUSES);
      const entry = { zh, en, kind: o.kind, status: o.status } as GlossaryEntry;
      if (o.variant.length) entry.variants = o.variant;
      if (o.first) entry.first = o.first;
      if (o.short) entry.short = o.short;
      if (o.accepted.length) entry.accepted = o.accepted;
      if (o.forbidden.length) entry.forbidden = o.forbidden;
      if (o.note) entry.note = o.note;
      const { file, entry: written } = await addGlossaryEntry(ctx.projectRoot(), { ...entry, zh: entry.zh, en: entry.en });
      ctx.io.stdout(`added ${zh} → ${en} to ${file}:${written.origin?.line ?? ''}\n`);
    });
}

function registerLint(glossary: Command, ctx: CommandContext): void {
  glossary.command('lint').description('check every glossary file (exit 2 on errors); warn about unused, unsourced and unexplained entries')
    .option('--json', 'print JSON').option('--strict', 'exit 1 when there are warnings')
    .action(async (opts: { json?: boolean; strict?: boolean }) => {
      const root = ctx.projectRoot();
      const corpus = await loadCorpusSegments(root);
      const result = await lintGlossary(root, corpus.segments);
      const counts = countBySeverity(result.diagnostics);
      if (opts.json) json(ctx, { ...result, counts, skippedReports: corpus.skipped });
      else {
        for (const d of result.diagnostics) ctx.io.stdout(`${formatGlossaryProblem(d)}\n`);
        ctx.io.stdout(`${result.entries} entries in ${result.files.length} files, checked against ${result.segments} corpus segments: ${counts.error} errors, ${counts.warning} warnings\n`);
      }
      if (counts.error > 0) ctx.setExit(EXIT_CODES.usage);
      else if (counts.warning > 0 && opts.strict) ctx.setExit(EXIT_CODES.findings);
    });
}

function registerCorpus(glossary: Command, ctx: CommandContext): void {
  glossary.command('usage').description('every occurrence of a term in the corpus, with the memory’s English beside it').argument('<zh>').option('--json', 'print JSON')
    .action(async (zh: string, opts: { json?: boolean }) => {
      const root = ctx.projectRoot();
      const g = await loadGlossary(root);
      const entry = findEntry(g, zh);
      const occurrences = await projectGlossaryUsage(root, entry, g);
      if (opts.json) return json(ctx, { entry, occurrences });
      for (const o of occurrences) {
        const mark = o.usesRendering === undefined ? '·' : o.usesRendering ? '✓' : '✗';
        ctx.io.stdout(`${o.report} ${o.segmentId} (${o.file}:${o.line})\n  ${o.marked}\n  ${mark} ${o.target ?? '(no English yet)'}\n`);
      }
      const missing = occurrences.filter((o) => o.usesRendering === false).length;
      ctx.io.stdout(`${entry.zh} → ${entry.en}: ${occurrences.length} occurrences, ${missing} whose English does not use the rendering\n`);
    });

  glossary.command('suggest').description('candidate terms from the corpus that the glossary lacks, with a reason each')
    .option('--limit <n>', 'how many', '40').option('--json', 'print JSON')
    .action(async (opts: { limit: string; json?: boolean }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new AppError('usage/bad-limit', `--limit must be a positive whole number, not "${opts.limit}".`);
      const root = ctx.projectRoot();
      const candidates = await suggestTerms(root, limit);
      if (opts.json) return json(ctx, candidates);
      for (const c of candidates) ctx.io.stdout(`${c.zh}\t${c.kind}\t${c.reason}\n`);
    });
}

function registerExchange(glossary: Command, ctx: CommandContext): void {
  glossary.command('export').description('the glossary as TBX-Basic (2008 <martif>, as OmegaT and translate-toolkit read it; tbx-v3: ISO 30042:2019), CSV or an i18next bundle')
    .requiredOption('--format <format>', 'tbx, tbx-v3, csv or i18next').option('--out <file>', 'write to a file instead of stdout')
    .action(async (opts: { format: string; out?: string }) => {
      const text = await exportGlossary(ctx.projectRoot(), opts.format);
      if (!opts.out) return ctx.io.stdout(text);
      await writeOutputFile(opts.out, ctx.io.cwd, text);
      ctx.io.stderr(`wrote ${opts.out}\n`);
    });

  glossary.command('import').description('add entries from a TBX or CSV file; an existing term with another English is a conflict (exit 1)')
    .argument('<file>').option('--update', 'overwrite existing entries that differ').option('--dry-run', 'report without writing')
    .action(async (file: string, opts: { update?: boolean; dryRun?: boolean }) => {
      const r = await importGlossary(ctx.projectRoot(), resolve(ctx.io.cwd, file), { update: Boolean(opts.update), dryRun: Boolean(opts.dryRun) });
      ctx.io.stdout(`${opts.dryRun ? 'would import' : 'imported'}: ${r.added.length} added, ${r.updated.length} updated, ${r.unchanged.length} unchanged, ${r.conflicts.length} conflicts, ${r.differing.length} differing in other fields\n`);
      for (const c of r.conflicts) ctx.io.stdout(`  conflict ${c.zh}: glossary has "${c.current}", file has "${c.incoming}"\n`);
      for (const zh of r.differing) ctx.io.stdout(`  differs ${zh}: same English, other fields differ\n`);
      if (r.conflicts.length || r.differing.length) ctx.io.stdout('  (use --update to take the file’s version)\n');
      if (r.conflicts.length) ctx.setExit(EXIT_CODES.findings);
    });

  glossary.command('apply').description('make the memory follow changed renderings: replace the old English where it is verbatim, flag for review')
    .option('--from-git <rev>', 'compare the glossary with this git revision').option('--old <en>', 'the old rendering (with --zh)').option('--zh <zh>', 'the term whose rendering changed')
    .option('--dry-run', 'report without writing')
    .action(async (opts: { fromGit?: string; old?: string; zh?: string; dryRun?: boolean }) => {
      const root = ctx.projectRoot();
      const g = await loadGlossary(root);
      let changes: RenderingChange[];
      if (opts.fromGit) changes = await renderingChangesFromGit(root, opts.fromGit, g);
      else if (opts.old && opts.zh) changes = [{ entry: findEntry(g, opts.zh, EXIT_CODES.usage, '--zh names the term whose English changed, as written in glossary/*.yaml (zh or a variant); see duizhao glossary list.'), oldEn: opts.old }];
      else throw new AppError('usage/apply', 'Say what changed: --from-git <rev>, or --old "<en>" --zh <zh>.');
      const applied = await applyGlossaryChangesToMemory(root, changes, Boolean(opts.dryRun));
      for (const a of applied) ctx.io.stdout(`${a.action === 'replaced' ? 'replaced' : 'review  '} ${a.zh}: ${a.source}\n  - ${a.before}\n${a.action === 'replaced' ? `  + ${a.after}\n` : ''}`);
      ctx.io.stdout(`${changes.length} changed renderings; ${applied.filter((a) => a.action === 'replaced').length} memory entries ${opts.dryRun ? 'would be ' : ''}updated, ${applied.filter((a) => a.action === 'review').length} flagged for review\n`);
    });
}
