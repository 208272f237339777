/** The house spelling of the English: `style.spelling` in duizhao.yaml (the word lists live in spelling-variants.ts). */
export const HOUSE_SPELLINGS = ['en-US', 'en-GB'] as const;
export type HouseSpelling = (typeof HOUSE_SPELLINGS)[number];
export const DEFAULT_HOUSE_SPELLING: HouseSpelling = 'en-US';
