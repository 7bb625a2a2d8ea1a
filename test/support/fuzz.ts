/**
 * How many cases a property test runs, and from which seed. The normal test run uses a fixed
 * seed and a few thousand cases; `npm run test:fuzz` sets FUZZ_RUNS (many more cases) and
 * FUZZ_SEED (a new seed each night, printed by fast-check when a property fails, to replay it).
 */
export function fuzzSettings(normalRuns: number, normalSeed: number): { numRuns: number; seed: number } {
  const runs = Number(process.env.FUZZ_RUNS);
  const seed = Number(process.env.FUZZ_SEED);
  return {
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : normalRuns,
    seed: Number.isInteger(seed) ? seed : normalSeed,
  };
}
