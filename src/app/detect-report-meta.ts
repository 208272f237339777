import type { Block, ReportMeta } from '../model/document.js';
import { detectScript, toSimplified } from '../text/script.js';
import type { GlossaryEntry } from '../model/glossary-entry.js';
import { buildPlaceIndex, type Place } from './place-index.js';

const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆',
];
/** A county that opens the title ("静乐县：…", "平顺县委…"): the report is about it. */
const COUNTY_AT_START = /^(?:[\p{Script=Han}]{2,3}省)?([\p{Script=Han}]{1,3}?县)(?=[：:，,\s]|委|人民|政府)/u;
/** 全县 "the whole county", 我县 "our county", 贫困县 "poor county" … are not names. */
const NOT_COUNTY = /^(全|该|我|本|各|每|一|个|困|点|区|省|市|乡|镇)县$|贫困县$|重点县$/u;
/** A county named as the subject of a sentence in the report's head (黎城县属于…, 沁县坚持…). */
const COUNTY_SUBJECT = /[\p{Script=Han}]{1,2}县(?=委|政府|人民|是|作为|属于|共|全|，|的|位|通过|继续|坚持|按照)/gu;
/** Paragraphs after the title that count as evidence of where a report is from. */
const LEAD_PARAGRAPHS = 2;

/**
 * A first guess at report.yaml from the ingested text: title (or the subtitle when the report has
 * none), where it is from, the dateline's date and the script. Place comes from evidence only: a
 * glossary province, city or county named in the title, subtitle, dateline, bylines or the first
 * paragraphs, completed by the county → city → province relations the glossary states, or a
 * province named with 省 there. Anything else (a place named in passing further on) is no
 * evidence, and the fields stay empty for the user to fill in.
 */
export function detectReportMeta(slug: string, blocks: readonly Block[], glossary: readonly GlossaryEntry[] = []): ReportMeta {
  const text = blocks.map((b) => b.text).join('\n');
  const title = blocks.find((b) => b.type === 'title')?.text ?? blocks.find((b) => b.type === 'subtitle')?.text.replace(/^——/, '') ?? blocks[0]?.text ?? slug;
  const script = detectScript(text);
  const meta: ReportMeta = { id: slug, title, script, language: `zh-${script}`, ...placeOf(toSimplified(evidence(blocks)), buildPlaceIndex(glossary)) };
  const named = meta.county ? undefined : COUNTY_AT_START.exec(toSimplified(title))?.[1] ?? countyNamedInHead(toSimplified(evidence(blocks)));
  if (named) meta.county = named;
  const dateline = blocks.find((b) => b.type === 'dateline');
  const date = dateline ? /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/u.exec(dateline.text) : null;
  if (date) meta.date = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
  return meta;
}

/** Without a glossary: the county the head of the report names most as a subject, if any. */
function countyNamedInHead(head: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of head.match(COUNTY_SUBJECT) ?? []) if (!NOT_COUNTY.test(m)) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** The text that says where a report is from: its head, not what it mentions in passing. */
function evidence(blocks: readonly Block[]): string {
  const head = blocks.filter((b) => ['title', 'subtitle', 'dateline', 'byline'].includes(b.type)).map((b) => b.text);
  const lead = blocks.filter((b) => b.type === 'paragraph').slice(0, LEAD_PARAGRAPHS).map((b) => b.text);
  return [...head, ...lead].join('\n');
}

function placeOf(text: string, places: readonly Place[]): Pick<ReportMeta, 'province' | 'city' | 'county'> {
  const named = (level: Place['level']) => mostNamed(text, places.filter((p) => p.level === level));
  const county = named('county');
  const city = named('city') ?? (county?.city ? places.find((p) => p.name === county.city) : undefined);
  const province = named('province')?.name ?? county?.province ?? city?.province ?? PROVINCES.find((p) => text.includes(`${p}省`))?.concat('省');
  return { ...(province ? { province } : {}), ...(city ? { city: city.name } : county?.city ? { city: county.city } : {}), ...(county ? { county: county.name } : {}) };
}

/** The place of `candidates` the text names most often (ties: the one named first). */
function mostNamed(text: string, candidates: readonly Place[]): Place | undefined {
  const scored = candidates.map((p) => ({ p, count: p.forms.reduce((n, f) => n + text.split(f).length - 1, 0), first: Math.min(...p.forms.map((f) => text.indexOf(f)).filter((i) => i >= 0)) }));
  return scored.filter((s) => s.count > 0).sort((a, b) => b.count - a.count || a.first - b.first)[0]?.p;
}
