import type { AppError } from '../../errors.js';

/** `duizhao: <message>` then the details, the hint, and (with --debug) the cause's stack. */
export function formatAppError(error: AppError, debug: boolean): string {
  const lines = [`duizhao: ${error.message}`];
  for (const detail of error.details) lines.push(`  ${detail}`);
  if (error.hint) lines.push(`hint: ${error.hint}`);
  if (debug) {
    lines.push(`code: ${error.code}`);
    if (error.stack) lines.push(error.stack);
    if (error.cause instanceof Error && error.cause.stack) lines.push(`cause: ${error.cause.stack}`);
  }
  return `${lines.join('\n')}\n`;
}
