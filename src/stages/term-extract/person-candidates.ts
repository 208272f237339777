import type { TermCandidate } from './candidate.js';

const TITLES = '书记|县长|副县长|主任|记者|乡长|镇长|局长|市长|省长|主席|部长|村长|队长|院长|站长|所长|校长|经理';
const AFTER_TITLE = new RegExp(`(${TITLES})[ \\u3000]?([\\p{Script=Han}]{2,3})`, 'gu');
const SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝']);
/** Characters that end a two-character name rather than continue it: verbs and particles after a name. */
const NOT_NAME_END = new Set([...'在调指一深带说表主要的和等到来率与同及是为对介召讲参出检看走了也就又还都已曾将把向称说讲谈']);

/** Words that follow a title but are not names: 书记关于…, 主任指出… */
const NOT_NAME_START = new Set(['关于', '同志', '提出', '指出', '强调', '带领', '要求', '亲自', '调研', '深入', '一行', '主持', '表示', '作为', '高度', '高位', '向前', '任务', '任职', '任组长', '严格']);

/**
 * Person names right after a title (县委书记卢展明, 县长张宏伟): two or three Han characters
 * starting with a common surname. Three characters unless the third reads as the next word or
 * the two-character form is seen before different characters elsewhere.
 */
export function personCandidates(sentences: readonly string[]): TermCandidate[] {
  const seen: { title: string; name: string }[] = [];
  const nextAfterTwo = new Map<string, Set<string>>();
  for (const text of sentences) {
    for (const m of text.matchAll(AFTER_TITLE)) {
      const name = m[2]!;
      if (!SURNAMES.has(name[0]!) || NOT_NAME_START.has(name.slice(0, 2)) || text[m.index - 1] === '总') continue;
      seen.push({ title: m[1]!, name });
      const two = name.slice(0, 2);
      const next = text[m.index + m[0].length - name.length + 2] ?? '#';
      if (!nextAfterTwo.has(two)) nextAfterTwo.set(two, new Set());
      nextAfterTwo.get(two)!.add(next);
    }
  }
  const counts = new Map<string, { count: number; title: string }>();
  for (const { title, name } of seen) {
    const two = name.slice(0, 2);
    const short = name.length === 2 || NOT_NAME_END.has(name[2]!) || (nextAfterTwo.get(two)?.size ?? 0) >= 2;
    const zh = short ? two : name;
    const c = counts.get(zh) ?? { count: 0, title };
    counts.set(zh, { count: c.count + 1, title: c.title });
  }
  return [...counts].map(([zh, { count, title }]) => ({
    zh, kind: 'person', count, rule: 'person', reason: `person name after ${title}, seen ${count} time${count === 1 ? '' : 's'}`,
  }));
}
