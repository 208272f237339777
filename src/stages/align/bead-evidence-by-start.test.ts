import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enSentences, zhSentences } from '../../../test/helpers/sentence-feature-arbitraries.js';
import type { BeadShape } from './banded-dp.js';
import { createBeadEvidence } from './bead-evidence.js';
import { createBeadEvidenceByStart } from './bead-evidence-by-start.js';
import { FINE_SHAPES } from './bead-shapes.js';

const VOCABULARY = 12;
const N = 9;
const zhSentence = zhSentences(VOCABULARY, 3, 5);
const enSentence = enSentences(VOCABULARY, 6);
const bead = fc.tuple(fc.nat(N), fc.nat(5), fc.nat(N), fc.nat(5));

describe('createBeadEvidenceByStart', () => {
  it('gives exactly the evidence of createBeadEvidence, in the order a banded programme asks and out of it', () => {
    const shapes = fc.constantFrom<readonly BeadShape[]>(FINE_SHAPES, [[1, 1], [2, 1], [1, 3]], [[3, 2], [1, 1]]);
    fc.assert(fc.property(fc.array(zhSentence, { minLength: N, maxLength: N }), fc.array(enSentence, { minLength: N, maxLength: N }), shapes, fc.array(bead, { maxLength: 12 }), (zh, en, shapeSet, extra) => {
      const features = { zh, en, vocabularySize: VOCABULARY };
      const plain = createBeadEvidence(features, 0.05);
      const byStart = createBeadEvidenceByStart(features, 0.05, shapeSet).evidence;
      const asked: Array<[number, number, number, number]> = [];
      for (let i = 0; i <= N; i++) for (let j = 0; j <= N; j++) for (const [di, dj] of FINE_SHAPES) if (i >= di && j >= dj) asked.push([i - di, di, j - dj, dj]);
      for (const [i, di, j, dj] of [...asked, ...extra]) {
        if (i + di > N || j + dj > N) continue;
        expect(byStart(i, di, j, dj)).toEqual(plain(i, di, j, dj));
      }
    }), { numRuns: 200 });
  });

  it('recomputes a start whose cache slot another start took (columns 64 apart), and one by one after the passes', () => {
    fc.assert(fc.property(fc.array(zhSentence, { minLength: 4, maxLength: 4 }), fc.array(enSentence, { minLength: 72, maxLength: 72 }), (zh, en) => {
      const features = { zh, en, vocabularySize: VOCABULARY };
      const plain = createBeadEvidence(features, 0.05);
      const byStart = createBeadEvidenceByStart(features, 0.05, FINE_SHAPES);
      for (const j of [1, 65, 1, 2, 66, 2]) expect(byStart.evidence(0, 2, j, 3)).toEqual(plain(0, 2, j, 3));
      byStart.oneByOne();
      expect(byStart.evidence(1, 1, 70, 2)).toEqual(plain(1, 1, 70, 2));
    }), { numRuns: 100 });
  });
});

