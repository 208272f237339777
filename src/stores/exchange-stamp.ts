import { isUnitState, type UnitState } from '../model/unit.js';

/**
 * What duizhao exported for a unit, written as one line a translator does not edit: a PO extracted
 * comment (`#. duizhao: state=translated origin=manual base=5e350d23`), which translate-toolkit's
 * po2xliff carries on as a developer <note>. It gives a PO file, or an XLIFF a tool made from one,
 * the stale-import guard that dz:base gives duizhao's own XLIFF. `suggestion` marks English that
 * was only a fuzzy memory match offered in the msgstr.
 */
export interface ExchangeStamp {
  state?: UnitState;
  origin?: string;
  base?: string;
  suggestion?: boolean;
}

const PREFIX = 'duizhao:';

export function formatStamp(stamp: ExchangeStamp): string {
  const fields = [
    stamp.state ? `state=${stamp.state}` : '', stamp.origin ? `origin=${stamp.origin}` : '', stamp.base ? `base=${stamp.base}` : '',
    stamp.suggestion ? 'suggestion' : '',
  ];
  return [PREFIX, ...fields.filter(Boolean)].join(' ');
}

/** The stamp in a comment or note (any of its lines), or undefined. */
export function parseStamp(text: string): ExchangeStamp | undefined {
  const line = text.split('\n').find((l) => l.trim().startsWith(PREFIX));
  if (line === undefined) return undefined;
  const stamp: ExchangeStamp = {};
  for (const field of line.trim().slice(PREFIX.length).trim().split(/\s+/)) {
    const [name, value = ''] = field.split('=', 2) as [string, string?];
    if (name === 'state' && isUnitState(value)) stamp.state = value;
    else if (name === 'origin' && value) stamp.origin = value;
    else if (name === 'base' && /^[0-9a-f]+$/.test(value)) stamp.base = value;
    else if (name === 'suggestion') stamp.suggestion = true;
  }
  return stamp;
}
