// fast-check generators of aligner sentence features over a small vocabulary, so property tests
// of the aligner's fast paths meet repeated ids, empty groups and empty sentences often.
import fc from 'fast-check';
import type { EnFeatures, ZhFeatures } from '../../src/stages/align/sentence-features.js';

/** A Chinese sentence: up to `maxGroups` word groups of up to `maxGroupSize` ids each. */
export function zhSentences(vocabulary: number, maxGroupSize: number, maxGroups: number): fc.Arbitrary<ZhFeatures> {
  return fc.array(fc.array(fc.nat(vocabulary - 1), { maxLength: maxGroupSize }), { maxLength: maxGroups }).map((groups): ZhFeatures => {
    const offsets = new Int32Array(groups.length + 1);
    groups.forEach((g, k) => (offsets[k + 1] = offsets[k]! + g.length));
    return { ids: Int32Array.from(groups.flat()), offsets, length: 1 };
  });
}

/** An English sentence: up to `maxIds` distinct ids. */
export function enSentences(vocabulary: number, maxIds: number): fc.Arbitrary<EnFeatures> {
  return fc.uniqueArray(fc.nat(vocabulary - 1), { maxLength: maxIds }).map((ids): EnFeatures => ({ ids: Int32Array.from(ids), length: 1 }));
}
