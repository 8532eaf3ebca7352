// The responsiveness benchmark, run inside the real VS Code host by `npm run bench:host`
// (scripts/host/run-tests.mjs with NEWS_LENS_SUITE=host-bench). It reports, never asserts.
import { runMochaFiles } from '../integration/index';

export function run(): Promise<void> {
  return runMochaFiles(__dirname, '.bench.js');
}
