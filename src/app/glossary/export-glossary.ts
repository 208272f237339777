import { AppError } from '../../errors.js';
import { exportGlossaryCsv } from '../../stores/glossary-csv.js';
import { exportI18nextBundle } from '../../stores/glossary-i18next.js';
import { loadGlossary } from '../../stores/glossary-yaml.js';
import { exportTbx } from '../../stores/tbx.js';

export const EXPORT_FORMATS = ['tbx', 'tbx-v3', 'csv', 'i18next'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The whole glossary in an exchange format (deterministic text). */
export async function exportGlossary(root: string, format: string): Promise<string> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new AppError('usage/bad-format', `Unknown export format "${format}".`, { hint: `Use one of: ${EXPORT_FORMATS.join(', ')}.` });
  }
  const entries = (await loadGlossary(root)).entries.map(({ origin: _origin, ...entry }) => entry);
  if (format === 'tbx' || format === 'tbx-v3') return exportTbx(entries, format);
  if (format === 'csv') return exportGlossaryCsv(entries);
  return `${JSON.stringify(exportI18nextBundle(entries), null, 2)}\n`;
}
