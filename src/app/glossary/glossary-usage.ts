import type { GlossaryEntry } from '../../model/glossary-entry.js';
import type { UnitState } from '../../model/unit.js';
import { createGlossaryMatcher } from '../../stages/glossary-match/match-glossary.js';
import type { Glossary } from '../../stores/glossary-yaml.js';
import { loadMemory, type TranslationMemory } from '../../stores/memory-jsonl.js';
import { loadCorpusSegments, type CorpusSegment } from './corpus-segments.js';

export interface GlossaryOccurrence {
  report: string;
  segmentId: string;
  file: string;
  line: number;
  source: string;
  /** The source with the term marked: 坚持⟦精准扶贫⟧方略。 */
  marked: string;
  surface: string;
  /** The memory's English for the segment, if any. */
  target?: string;
  state?: UnitState;
  /** Whether the English uses the rendering (en, first, short or an accepted form); unset without English. */
  usesRendering?: boolean;
}

/** The English forms a checker accepts for an entry, lower-cased. */
export function acceptedRenderings(entry: GlossaryEntry): string[] {
  return [entry.en, entry.first, entry.short, ...(entry.accepted ?? [])].filter((s): s is string => Boolean(s)).map((s) => s.toLowerCase());
}

/** Every occurrence of `entry` in the corpus, with the memory's English beside it. */
export function findGlossaryUsage(entry: GlossaryEntry, glossary: Glossary, segments: readonly CorpusSegment[], memory: TranslationMemory): GlossaryOccurrence[] {
  // Match with the whole glossary so a longer entry wins (扶贫 inside 精准扶贫 is not a use of 扶贫).
  const matcher = createGlossaryMatcher(glossary, { includeDeprecated: entry.status === 'deprecated' });
  const renderings = acceptedRenderings(entry);
  const out: GlossaryOccurrence[] = [];
  for (const segment of segments) {
    for (const m of matcher.match(segment.source)) {
      if (m.entry !== entry) continue;
      const stored = memory.get(segment.key);
      const occurrence: GlossaryOccurrence = {
        report: segment.report, segmentId: segment.id, file: segment.location.file, line: segment.location.line, source: segment.source,
        marked: `${segment.source.slice(0, m.start)}⟦${m.surface}⟧${segment.source.slice(m.end)}`, surface: m.surface,
      };
      if (stored?.target) {
        occurrence.target = stored.target;
        occurrence.state = stored.state;
        occurrence.usesRendering = renderings.some((r) => stored.target.toLowerCase().includes(r));
      }
      out.push(occurrence);
    }
  }
  return out;
}

/** `glossary usage`: every occurrence of `entry` in the project's corpus, with the memory's English. */
export async function projectGlossaryUsage(root: string, entry: GlossaryEntry, glossary: Glossary): Promise<GlossaryOccurrence[]> {
  return findGlossaryUsage(entry, glossary, (await loadCorpusSegments(root)).segments, await loadMemory(root));
}
