import { memoryStoreFor } from '../../stores/memory-store.js';

/**
 * For a long-running process on a project whose memory is on the server (the review page): opens
 * the fuzzy index now and warms it (ServerMemoryIndex.warm), and listens for other writers'
 * commits, so the first page a reviewer opens does not wait for a million-entry index and later
 * pages skip the change-cursor query while nothing changed. Returns `stop` (stops listening).
 * Nothing to do for a project on the git file.
 */
export async function primeServerMemory(root: string): Promise<() => Promise<void>> {
  const store = memoryStoreFor(root);
  if (!store) return async () => undefined;
  // Loaded only here: a project on the git file never loads the server's index.
  const index = await (await import('./lookup-on-server.js')).serverMemoryIndex(store);
  index.warm();
  await index.watch();
  return () => index.close();
}
