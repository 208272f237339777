import type { GlossaryEntry } from '../model/glossary-entry.js';

export type PlaceLevel = 'province' | 'city' | 'county';

/** A province, city or county of the glossary, with the places above it that the glossary states. */
export interface Place {
  level: PlaceLevel;
  /** The full administrative name for report.yaml (山西省, 长治市, 沁县). */
  name: string;
  /** Every Chinese form to look for in the text. */
  forms: string[];
  province?: string;
  city?: string;
}

const SUFFIX: Record<PlaceLevel, RegExp> = { province: /(省|自治区)$/u, city: /市$/u, county: /(县|旗|自治县)$/u };
const EN_LEVEL: Record<PlaceLevel, RegExp> = { province: /\b(Province|Autonomous Region)\b/u, city: /\bCity\b/u, county: /\bCounty\b/u };

/**
 * The glossary's place entries that are provinces, cities or counties (by their Chinese suffix
 * or their English level word), each linked to the city and province its note or theirs names
 * ("County of Changzhi, Shanxi"; "Province of Fang County"): evidence, not a gazetteer.
 */
export function buildPlaceIndex(entries: readonly GlossaryEntry[]): Place[] {
  const places = entries.filter((e) => e.kind === 'place').flatMap((e) => {
    const level = levelOf(e);
    return level ? [{ entry: e, place: placeOf(e, level) }] : [];
  });
  const names = (e: GlossaryEntry) => [e.en, ...(e.accepted ?? [])];
  const mentions = (note: string | undefined, other: GlossaryEntry) => names(other).some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'u').test(note ?? ''));
  for (const { entry, place } of places) {
    for (const other of places) {
      if (other.place.level === place.level || rank(other.place.level) < rank(place.level)) continue;
      if (!mentions(entry.note, other.entry) && !mentions(other.entry.note, entry)) continue;
      if (other.place.level === 'province') place.province ??= other.place.name;
      if (other.place.level === 'city') place.city ??= other.place.name;
    }
  }
  for (const { place } of places) {
    const city = places.find((p) => p.place.name === place.city)?.place;
    if (city?.province) place.province ??= city.province;
  }
  return places.map((p) => p.place);
}

function rank(level: PlaceLevel): number {
  return { county: 0, city: 1, province: 2 }[level];
}

function levelOf(e: GlossaryEntry): PlaceLevel | undefined {
  const forms = [e.zh, ...(e.variants ?? [])];
  const english = [e.en, ...(e.accepted ?? [])].join(' ');
  return (['county', 'city', 'province'] as const).find((l) => forms.some((f) => SUFFIX[l].test(f)) || EN_LEVEL[l].test(english));
}

function placeOf(e: GlossaryEntry, level: PlaceLevel): Place {
  const forms = [e.zh, ...(e.variants ?? [])];
  const full = forms.find((f) => SUFFIX[level].test(f)) ?? `${e.zh}${{ province: '省', city: '市', county: '县' }[level]}`;
  return { level, name: full, forms: forms.filter((f) => [...f].length >= 2) };
}
