import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument, isSeq, type YAMLSeq } from 'yaml';
import { ConfigError } from '../../errors.js';
import { GLOSSARY_FILES, type GlossaryEntry } from '../../model/glossary-entry.js';
import { writeTextAtomic } from '../atomic-write.js';
import { withLock } from '../lock.js';
import { entryItemText, plainEntry } from './entry-node.js';
import { patchEntryText } from './patch-entry-text.js';
import { readValidGlossary, validateNewEntry } from './read-valid-glossary.js';

const HEADER = '# yaml-language-server: $schema=./schema.json\n';

export interface AddGlossaryEntryResult {
  /** Project-relative file the entry was written to. */
  file: string;
  entry: GlossaryEntry;
}

/**
 * Appends an entry to glossary/<kind-plural>.yaml, leaving every existing byte (comments,
 * order, formatting) as it was. Refuses an entry whose zh or a variant is already defined.
 */
export async function addGlossaryEntry(root: string, entry: GlossaryEntry): Promise<AddGlossaryEntryResult> {
  const file = `glossary/${GLOSSARY_FILES[entry.kind]}`;
  return withLock(join(root, 'glossary'), async () => {
    const glossary = await readValidGlossary(root);
    validateNewEntry(entry, glossary);
    const path = join(root, file);
    const current = existsSync(path) ? await readFile(path, 'utf8') : HEADER;
    const text = appendEntry(current, entry);
    await writeTextAtomic(path, text);
    return { file, entry: { ...plainEntry(entry), origin: { file, line: lastItemLine(text) } } as GlossaryEntry };
  });
}

/** The file text with `entry` as its last item: appended as text, or via the Document API for a flow-style file. */
export function appendEntry(current: string, entry: GlossaryEntry): string {
  const before = parseDocument(current);
  const count = isSeq(before.contents) ? before.contents.items.length : 0;
  const base = current === '' || current.endsWith('\n') ? current : `${current}\n`;
  const appended = `${base}${entryItemText(entry)}`;
  const after = parseDocument(appended);
  if (after.errors.length === 0 && isSeq(after.contents) && after.contents.items.length === count + 1) return appended;
  if (!isSeq(before.contents)) before.contents = before.createNode([]) as never;
  (before.contents as unknown as YAMLSeq).add(before.createNode(plainEntry(entry)));
  return before.toString({ lineWidth: 0 });
}

function lastItemLine(text: string): number {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const items = isSeq(doc.contents) ? doc.contents.items : [];
  const offset = (items[items.length - 1] as { range?: [number, number, number] } | undefined)?.range?.[0] ?? 0;
  return counter.linePos(offset).line;
}

/**
 * Changes fields of the entry whose zh is `zh`, in place in its file (undefined removes a
 * field). The kind cannot change here: moving an entry between files is a human decision.
 */
export async function updateGlossaryEntry(root: string, zh: string, patch: Partial<Omit<GlossaryEntry, 'zh' | 'kind' | 'origin'>>): Promise<GlossaryEntry> {
  return withLock(join(root, 'glossary'), async () => {
    const glossary = await readValidGlossary(root);
    const located = glossary.entries.find((e) => e.entry.zh === zh);
    if (!located) throw new ConfigError('glossary/unknown-term', `The glossary has no entry "${zh}".`, { hint: 'Add it with duizhao glossary add.' });
    const next = { ...located.entry, ...patch } as GlossaryEntry;
    validateNewEntry(next, glossary, located.entry);
    const path = join(root, located.file);
    await writeTextAtomic(path, patchEntryText(await readFile(path, 'utf8'), located.index, patch));
    return next;
  });
}
