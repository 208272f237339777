import { checkReports } from '../check-reports.js';
import type { ReviewFindings } from './review-types.js';

/** Where the review page gets quality findings from; swap it to plug in another checker. */
export type FindingsProvider = (root: string, slug: string) => Promise<ReviewFindings>;

/** The project's QA rules (`duizhao check`) over one report, findings keyed by segment id. */
export const checkFindings: FindingsProvider = async (root, slug) => {
  const result = await checkReports(root, [slug]);
  return {
    available: true,
    findings: result.findings
      .filter((f) => f.report === slug && f.segmentId)
      .map((f) => ({
        segmentId: f.segmentId ?? '',
        ruleId: f.ruleId,
        severity: f.severity,
        reason: f.reason,
        ...(f.expected !== undefined ? { expected: f.expected } : {}),
        ...(f.actual !== undefined ? { actual: f.actual } : {}),
        ...(f.hint !== undefined ? { hint: f.hint } : {}),
      })),
  };
};

/** A provider's failure (an invalid glossary, say) becomes a message in the panel, not a broken page. */
export async function loadReviewFindings(provider: FindingsProvider | undefined, root: string, slug: string): Promise<ReviewFindings> {
  if (!provider) return { available: false, findings: [] };
  try {
    return await provider(root, slug);
  } catch (error) {
    return { available: false, error: (error as Error).message, findings: [] };
  }
}
