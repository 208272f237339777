import { userInfo } from 'node:os';
import type { WriterInfo } from '../../stores/postgres/pg-memory-store.js';

/** Who is writing, for the memory server's audit table: DUIZHAO_USER, else the OS user; and the command words. */
export function writerOf(argv: readonly string[], env: Record<string, string | undefined>): WriterInfo {
  let who = env.DUIZHAO_USER?.trim();
  if (!who) {
    try {
      who = userInfo().username;
    } catch {
      who = env.USER ?? 'unknown';
    }
  }
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const arg = argv[i]!;
    if (arg === '-C' || arg === '--project') i++;
    else if (!arg.startsWith('-')) words.push(arg);
    else if (words.length) break;
  }
  return { who, command: words.join(' ') || 'duizhao' };
}
