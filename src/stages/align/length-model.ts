/**
 * Gale–Church length model on characters: the English length of a bead is about `ratio` times its
 * Chinese length with variance `variance` per Chinese character. Both are estimated from the
 * texts being aligned: the ratio from the totals, the variance from a first alignment's 1:1 beads.
 */
export interface LengthModel {
  /** English characters per Chinese character. */
  ratio: number;
  /** Variance of (en − ratio·zh) per Chinese character. */
  variance: number;
}

/** Characters that count for length: everything but white space. */
export function textLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}

/** Ratio from the totals; variance from Gale and Church's 6.8, scaled to the ratio. */
export function estimateLengthModel(zhLengths: readonly number[], enLengths: readonly number[]): LengthModel {
  const zh = zhLengths.reduce((a, b) => a + b, 0);
  const en = enLengths.reduce((a, b) => a + b, 0);
  const ratio = zh > 0 && en > 0 ? en / zh : 1;
  return { ratio, variance: 6.8 * ratio };
}

/**
 * Re-estimates the model from aligned 1:1 pairs (zh length, en length). The variance is the
 * trimmed mean of the squared normalised residuals, so a few bad pairs do not inflate it.
 */
export function refineLengthModel(model: LengthModel, pairs: ReadonlyArray<readonly [number, number]>): LengthModel {
  const usable = pairs.filter(([z, e]) => z > 0 && e > 0);
  if (usable.length < 20) return model;
  const ratio = usable.reduce((a, [, e]) => a + e, 0) / usable.reduce((a, [z]) => a + z, 0);
  const residuals = usable.map(([z, e]) => (e - ratio * z) ** 2 / z).sort((a, b) => a - b);
  const kept = residuals.slice(0, Math.max(1, Math.floor(residuals.length * 0.95)));
  const variance = kept.reduce((a, b) => a + b, 0) / kept.length;
  return { ratio, variance: Math.max(variance, 0.5 * ratio) };
}

/**
 * −log of the probability that a Chinese span of `zh` characters and an English span of `en`
 * characters are translations (two-tailed normal, as in Gale and Church 1993).
 */
export function lengthCost(zh: number, en: number, model: LengthModel): number {
  const mean = (zh + en / model.ratio) / 2;
  if (mean === 0) return 0;
  const delta = (en - model.ratio * zh) / Math.sqrt(model.variance * Math.max(mean, 1));
  const p = 2 * (1 - normalCdf(Math.abs(delta)));
  return -Math.log(Math.max(p, 1e-12));
}

/** Φ(x) by the Abramowitz–Stegun 7.1.26 approximation of erf (error below 1.5e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
