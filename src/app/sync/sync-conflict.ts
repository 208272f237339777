/** Why `duizhao sync` stopped: where in the edition, which segment, and what is wrong. */
export interface SyncConflict {
  /** Project-relative path of the bilingual edition. */
  file: string;
  /** 1-based line (0 when the segment is not in the file at all). */
  line: number;
  /** Segment id ('' when the heading lost its id). */
  id: string;
  what: string;
}

export function formatConflict(c: SyncConflict): string {
  const where = c.line > 0 ? `${c.file}:${c.line}` : c.file;
  return `${where}: ${c.id ? `${c.id}: ` : ''}${c.what}`;
}

/** The start of a long text, for messages. */
export function clip(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
