import { decodeBytes } from '../decode.js';
import type { ConvertedSource } from './converted-source.js';

/** A text file: decoded as it is; its lines are the lines diagnostics and overrides.yaml refer to. */
export async function convertText(bytes: Uint8Array, file: string): Promise<ConvertedSource> {
  const decoded = decodeBytes(bytes, file);
  return { format: 'text', text: decoded.text, hints: new Map(), origins: new Map(), encoding: decoded.encoding, diagnostics: decoded.diagnostics };
}
