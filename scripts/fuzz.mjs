#!/usr/bin/env node
/**
 * `npm run test:fuzz`: the property tests of hostile input and validation, with many more cases
 * than the normal run and a fresh seed (printed, so a failure can be replayed with FUZZ_SEED).
 * FUZZ_RUNS (default 50,000) and FUZZ_SEED may be set by the caller.
 */
import { spawnSync } from 'node:child_process';

const runs = process.env.FUZZ_RUNS ?? '50000';
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
process.stdout.write(`fuzz: FUZZ_RUNS=${runs} FUZZ_SEED=${seed}\n`);
const result = spawnSync(
  'npx',
  ['vitest', 'run', 'test/hostile/parse.property.test.ts', 'test/validate/mutations.property.test.ts', '--testTimeout', '3600000'],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed } },
);
process.exitCode = result.status ?? 1;
