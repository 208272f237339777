import { open } from 'node:fs/promises';

/**
 * What readLinePieces hands on: `bytes` holds whole lines only (each ending in LF, but the file's
 * last), and is valid only during the call (the buffer is reused); `offset` is where it starts in
 * the file (0 for the first piece, which alone may start with a BOM). Return false to stop.
 */
export type TakePiece = (bytes: Buffer, offset: number) => boolean | void;

/**
 * Reads a file in pieces of whole lines into one reused buffer (a line longer than the buffer
 * grows it). At a million lines this is what makes reading cheap: a fresh buffer the size of a
 * 500 MB memory.jsonl cost 2.6 s of page faults to fill (measured), the same file in 4 MiB pieces
 * 0.1 s. Returns false when `take` stopped early.
 */
export async function readLinePieces(path: string, take: TakePiece, pieceBytes = 1 << 22): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    let buffer: Buffer = Buffer.allocUnsafe(pieceBytes);
    let kept = 0; // the start of a line the last piece did not finish, moved to the front
    let offset = 0;
    for (;;) {
      if (kept === buffer.length) buffer = grown(buffer);
      const { bytesRead } = await handle.read(buffer, kept, buffer.length - kept, null);
      const filled = kept + bytesRead;
      if (bytesRead === 0) return filled === 0 || take(buffer.subarray(0, filled), offset) !== false;
      const lastNewline = buffer.lastIndexOf(10, filled - 1);
      if (lastNewline < 0) {
        kept = filled;
        continue;
      }
      if (take(buffer.subarray(0, lastNewline + 1), offset) === false) return false;
      offset += lastNewline + 1;
      kept = buffer.copy(buffer, 0, lastNewline + 1, filled);
    }
  } finally {
    await handle.close();
  }
}

function grown(buffer: Buffer): Buffer {
  const bigger = Buffer.allocUnsafe(buffer.length * 2);
  buffer.copy(bigger);
  return bigger;
}
