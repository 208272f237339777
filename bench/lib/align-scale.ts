/**
 * One alignment at scale, in a process of its own so its peak memory is its own: N sentences per
 * side made by repeating the held-out line sets (WMT19, WMT20, WMT21, UN SDG, Bible beads) in that
 * order, one file each side as a user would concatenate them; the gold is the diagonal.
 * Prints JSON: wall and CPU seconds of the alignment (lexicon loaded before), peak RSS, beads.
 * Run: node --import tsx bench/lib/align-scale.ts 50000 [blocks|length-diagonal]
 */
import { alignSentences } from '../../src/stages/align/align-sentences.js';
import { loadLexicon } from '../../src/stages/align/lexicon.js';
import { HELDOUT } from './align-sets.js';
import { repeatLines } from './repeat-lines.js';

const target = Number(process.argv[2] ?? 50000);
const search = process.argv[3] === 'length-diagonal' ? 'length-diagonal' : 'blocks';
const sets = ['wmt19_news_zh_en', 'wmt20_news_zh_en', 'wmt21_news_zh_en', 'un_sdg_zh_en', 'bible_cuv_kjv_zh_en'];
const { zh, en } = repeatLines(HELDOUT, sets, target);
const lexicon = await loadLexicon();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = alignSentences(zh, en, { lexicon, search });
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const diagonal = result.beads.filter((b) => b.zh.length === 1 && b.en.length === 1 && b.zh[0] === b.en[0]).length;
console.log(JSON.stringify({ target, search, seconds, cpu: (cpu.user + cpu.system) / 1e6, rssMiB: process.resourceUsage().maxRSS / 1024, beads: result.beads.length, diagonal }));
