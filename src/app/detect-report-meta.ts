import type { Block, ReportMeta } from '../model/document.js';
import { detectScript, toSimplified } from '../text/script.js';

const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门',
];

/** 全县 "the whole county", 我县 "our county", 贫困县 "poor county" … are not names. */
const NOT_COUNTY = /^(全|该|我|本|各|每|一|个|困|点|区|省|市|乡|镇)县$|贫困县$|重点县$/u;

/**
 * A first guess at report.yaml from the ingested text: title (or the subtitle when the report has
 * none), the county most mentioned, a province named in the text, the dateline's date and the
 * script. The user corrects it in report.yaml; guesses are never presented as facts elsewhere.
 */
export function detectReportMeta(slug: string, blocks: readonly Block[]): ReportMeta {
  const text = blocks.map((b) => b.text).join('\n');
  const simplified = toSimplified(text);
  const title = blocks.find((b) => b.type === 'title')?.text ?? blocks.find((b) => b.type === 'subtitle')?.text.replace(/^——/, '') ?? blocks[0]?.text ?? slug;
  const script = detectScript(text);
  const meta: ReportMeta = { id: slug, title, script, language: `zh-${script}` };
  const mentions = simplified.match(/[\p{Script=Han}]{1,2}县(?=委|政府|人民|是|作为|属于|共|全|，|的|位|通过|继续|坚持|按照)/gu) ?? [];
  const county = mostFrequent(mentions.filter((m) => !NOT_COUNTY.test(m)));
  if (county) meta.county = county;
  const province = PROVINCES.find((p) => simplified.includes(`${p}省`)) ?? PROVINCES.find((p) => simplified.includes(p));
  if (province) meta.province = province;
  const dateline = blocks.find((b) => b.type === 'dateline');
  const date = dateline ? /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/u.exec(dateline.text) : null;
  if (date) meta.date = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
  return meta;
}

function mostFrequent(items: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
