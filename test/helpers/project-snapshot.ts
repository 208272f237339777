import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under a folder, by project-relative path (forward slashes), with its SHA-256. */
export type ProjectSnapshot = Map<string, string>;

export async function snapshotProject(root: string): Promise<ProjectSnapshot> {
  const out: ProjectSnapshot = new Map();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.set(relative(root, path).split(sep).join('/'), await fingerprint(path));
    }
  };
  await walk(root);
  return out;
}

/** SHA-256 of the bytes; for files over 16 MB (generated oversize inputs) size and modification time. */
async function fingerprint(path: string): Promise<string> {
  const info = await stat(path);
  if (info.size > 16 * 1024 * 1024) return `${info.size}:${info.mtimeMs}`;
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

/** Files added, removed or changed between two snapshots, sorted, each as `+ path`, `- path` or `~ path`. */
export function diffSnapshots(before: ProjectSnapshot, after: ProjectSnapshot): string[] {
  const changes: string[] = [];
  for (const [path, hash] of after) {
    if (!before.has(path)) changes.push(`+ ${path}`);
    else if (before.get(path) !== hash) changes.push(`~ ${path}`);
  }
  for (const path of before.keys()) if (!after.has(path)) changes.push(`- ${path}`);
  return changes.sort((a, b) => (a.slice(2) < b.slice(2) ? -1 : 1));
}

/** Changes outside the paths a command documents it writes (a path, or a folder ending in `/`). */
export function undocumentedChanges(changes: readonly string[], writes: readonly string[]): string[] {
  return changes.filter((change) => {
    const path = change.slice(2);
    return !writes.some((w) => (w.endsWith('/') ? path.startsWith(w) : path === w));
  });
}
