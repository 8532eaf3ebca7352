// `npm run fuzz`: the core's property tests (test/unit/core-properties.test.ts) at a high count.
// FUZZ_RUNS sets the runs per property (default 20 000), FUZZ_SEED replays a seed. A failure
// prints the seed and fast-check's shrunk counter-example; keep it in test/unit/fuzz-regressions.ts.
// Other arguments go to mocha: `npm run fuzz -- --grep raw` fuzzes the raw strings only.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '20000' };
const mocha = require.resolve('mocha/bin/mocha.js');
const args = [mocha, '--require', './scripts/ts-register.cjs', '--timeout', '0', 'test/unit/core-properties.test.ts', ...process.argv.slice(2)];
const { status } = spawnSync(process.execPath, args, { stdio: 'inherit', env });
process.exit(status ?? 1);
