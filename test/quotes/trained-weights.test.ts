import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainedContentEndWeights } from '../../scripts/train-content-end.js';
import { trainedCueWeights } from '../../scripts/train-cues.js';
import { trainedNestingWeights } from '../../scripts/train-nesting.js';
import { loadPolnear } from '../../scripts/eval/polnear.js';

/*
 * The quote stage's weights are generated from PolNeAR train by scripts that read the sentences
 * through the stage's own code, so a change to the readers can leave the committed weights stale:
 * this test retrains (L-BFGS to the optimum of each regularized objective, no seed) and compares
 * byte for byte. It needs ../shared.
 */
const available = loadPolnear('train') !== null;
if (!available) console.warn('trained-weights.test: ../shared/corpora/polnear is absent; skipped.');

const committed = (file: string) => readFileSync(new URL(`../../src/quotes/${file}`, import.meta.url), 'utf8');

describe.skipIf(!available)('the committed quote-stage weights are what training writes now', () => {
  it('cue classifier (npm run train:cues)', () => {
    expect(trainedCueWeights() === committed('cue-weights.generated.ts')).toBe(true);
  }, 120_000);

  it('content end (npm run train:content-end, after train:cues)', () => {
    expect(trainedContentEndWeights() === committed('content-end-weights.generated.ts')).toBe(true);
  }, 120_000);

  it('nested reports (npm run train:nesting, after train:content-end)', () => {
    expect(trainedNestingWeights() === committed('nesting-weights.generated.ts')).toBe(true);
  }, 120_000);
});
