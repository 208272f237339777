import { Packer, type Document } from 'docx';
import JSZip from 'jszip';

/** The fixed time stamped on every part of a published .docx, so the same edition gives the same bytes. */
export const DOCX_FIXED_DATE = new Date('2000-01-01T00:00:00Z');
const CORE_DATES = /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g;

/**
 * Packs a docx Document into bytes that depend only on its content: the docx package stamps the
 * current time in docProps/core.xml and on every zip entry, so the package is read back and
 * written again with those times fixed (DOCX_FIXED_DATE) and the entries in name order.
 */
export async function packDocx(document: Document): Promise<Uint8Array> {
  const packed = await JSZip.loadAsync(await Packer.toBuffer(document));
  const stable = new JSZip();
  for (const name of Object.keys(packed.files).sort()) {
    const entry = packed.files[name]!;
    if (entry.dir) continue;
    let content: string | Uint8Array = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      content = new TextDecoder().decode(content).replace(CORE_DATES, `$1${DOCX_FIXED_DATE.toISOString().replace('.000', '')}$3`);
    }
    stable.file(name, content, { date: DOCX_FIXED_DATE, createFolders: false });
  }
  return stable.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}
