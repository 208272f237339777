/**
 * A light English lemmatiser for lexical anchors, so a text word meets the dictionary form of a
 * CC-CEDICT gloss: irregular verb and noun forms by table ("gave" → give, "men" → man), then
 * regular inflections stripped ("sons" → son, "cities" → city, "carried" → carry, "going" → go).
 * It only has to send both sides to the same key, not to produce real words.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  (
    'arose arise|arisen arise|awoke awake|bore bear|born bear|borne bear|beat beat|became become|began begin|begun begin|' +
    'bent bend|bound bind|bit bite|bitten bite|bled bleed|blew blow|blown blow|broke break|broken break|bred breed|' +
    'brought bring|built build|burnt burn|bought buy|caught catch|chose choose|chosen choose|clung cling|dealt deal|' +
    'dug dig|drew draw|drawn draw|dreamt dream|drank drink|drunk drink|drove drive|driven drive|dwelt dwell|ate eat|eaten eat|' +
    'fell fall|fallen fall|fed feed|felt feel|fought fight|found find|fled flee|flew fly|flown fly|forbade forbid|' +
    'forgot forget|forgotten forget|forgave forgive|forgiven forgive|froze freeze|frozen freeze|gave give|given give|' +
    'grew grow|grown grow|hung hang|heard hear|hid hide|hidden hide|held hold|kept keep|knelt kneel|knew know|known know|' +
    'laid lay|led lead|left leave|lent lend|lay lie|lain lie|lost lose|meant mean|met meet|paid pay|ran run|rang ring|rode ride|ridden ride|' +
    'rose rise|risen rise|sought seek|sold sell|sent send|shook shake|shaken shake|shone shine|shot shoot|sang sing|sung sing|' +
    'sank sink|sat sit|slept sleep|slew slay|slain slay|slid slide|smote smite|smitten smite|spoke speak|spoken speak|' +
    'spent spend|stood stand|stole steal|stolen steal|struck strike|strove strive|swore swear|sworn swear|swept sweep|' +
    'swam swim|swum swim|took take|taken take|taught teach|tore tear|torn tear|told tell|thought think|threw throw|thrown throw|' +
    'understood understand|woke wake|wore wear|worn wear|wove weave|wept weep|won win|wound wind|wrote write|written write|' +
    'men man|women woman|children child|feet foot|teeth tooth|geese goose|mice mouse|oxen ox|brethren brother|' +
    'lives life|wives wife|knives knife|leaves leaf|loaves loaf|thieves thief|wolves wolf|halves half|' +
    'goes go|gone go|goeth go|doeth do|better good|best good|worse bad|worst bad|elder old|eldest old|data datum|people people|news news'
  )
    .split('|')
    .map((pair) => pair.split(' ') as [string, string]),
);

/** Words that end like an inflection but are not one. */
const KEEP = /(ss|us|is|ous|ics|ness|sis)$/u;

export function englishLemma(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return dropFinalE(irregular);
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  // Plural first, then -ed/-ing on what is left, so "mornings" and "morning", "speeds" and "speed" meet.
  let w = /(ch|sh|x|z|ss)es$/u.test(word) ? word.slice(0, -2) : word.endsWith('s') && !KEEP.test(word) ? word.slice(0, -1) : word;
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('eed') && w.length > 4) w = w.slice(0, -1);
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  // The King James Bible's verb endings ("goeth", "knowest"): after -ed, so "arrested" and "arrest" still meet.
  if (/[^e]e(th|st)$/u.test(w) && w.length >= 5 && !ETH_KEEP.test(w)) w = undouble(w.slice(0, -3));
  return dropFinalE(w);
}

/** Words ending like -eth/-est that are not verb forms (or whose stem would be too short to tell). */
const ETH_KEEP = /^(teeth|beneath|forest|honest|priest|modest|earnest|midst|breast)$/u;

/** "love", "loved", "loving" and "loveth" all become "lov" ("agree", "agreed": "agre"): stripping cannot restore a dropped e. */
function dropFinalE(w: string): string {
  return w.length >= 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** "stopp" → "stop", "begg" → "beg"; "fall", "pass" and "add" keep their double letter. */
function undouble(stem: string): string {
  return /([^aeioulsz])\1$/u.test(stem) ? stem.slice(0, -1) : stem;
}
