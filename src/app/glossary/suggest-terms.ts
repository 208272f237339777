import { extractTermCandidates } from '../../stages/term-extract/extract-term-candidates.js';
import type { TermCandidate } from '../../stages/term-extract/candidate.js';
import { createTermCoverage } from '../../stages/term-extract/term-coverage.js';
import { loadGlossary } from '../../stores/glossary-yaml.js';
import { loadCorpusSegments } from './corpus-segments.js';

/** `glossary suggest`: candidate terms from the corpus that the glossary lacks, at most `limit`. */
export async function suggestTerms(root: string, limit: number): Promise<TermCandidate[]> {
  const isCovered = createTermCoverage((await loadGlossary(root)).entries);
  return extractTermCandidates((await loadCorpusSegments(root)).segments.map((s) => s.source), { isCovered, limit });
}
