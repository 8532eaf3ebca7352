import fc from 'fast-check';
import { analyzeArticle } from '../../src/core/analysis';
import { checkCoreInvariants } from './core-invariants';
import { FUZZ_REGRESSIONS } from './fuzz-regressions';
import { articleText, rawText } from './generators/article-text';

/**
 * Property tests of the core (issue 9): analyse generated articles and raw strings and check
 * the invariants in core-invariants.ts. `npm test` runs a bounded number of cases with a fixed
 * seed; `npm run fuzz` runs FUZZ_RUNS (default 20 000) per property with a fresh seed, or
 * FUZZ_SEED. A failure prints the seed and the shrunk counter-example: fix the core, then add
 * the counter-example to fuzz-regressions.ts so it runs on every `npm test`.
 */
const fuzzing = process.env.FUZZ_RUNS !== undefined;
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : fuzzing ? Date.now() % 0x7fffffff : 20261206;
const runs = (unitTestRuns: number) => (fuzzing ? Number(process.env.FUZZ_RUNS) : unitTestRuns);

/** The slowest inputs seen while fuzzing, reported (never asserted) so superlinear cases get looked at. */
const slowest: { ms: number; text: string }[] = [];
function checkAndTime(text: string): void {
  const started = performance.now();
  checkCoreInvariants(text);
  if (!fuzzing) return;
  slowest.push({ ms: performance.now() - started, text });
  slowest.sort((a, b) => b.ms - a.ms).splice(5);
}

/** The best of three analyses: a busy machine or a collection pause inflates a single timing. */
function analysisMs(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    analyzeArticle(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** fast-check's report (seed, path, shrunk counter-example) printed at once, not after a long run's other properties. */
function assertProperty(property: fc.IProperty<[string]>, numRuns: number): void {
  try {
    fc.assert(property, { numRuns, seed });
  } catch (error) {
    if (fuzzing) console.error(String(error instanceof Error ? error.message : error));
    throw error;
  }
}

describe('core properties', function () {
  // The run count bounds the work (about 2 s of CPU in `npm test`); on a loaded machine the
  // wall clock can be several times that, and speed is the benchmark's business, not a test's.
  this.timeout(fuzzing ? 0 : 60_000);
  if (fuzzing) {
    console.log(`  fuzzing: ${runs(0)} runs per property, FUZZ_SEED=${seed}`);
    after(() => {
      for (const { text } of slowest) console.log(`  slowest: analysis in ${analysisMs(text).toFixed(1)} ms for ${text.length} chars: ${JSON.stringify(text.slice(0, 200))}${text.length > 200 ? '…' : ''}`);
    });
  }

  describe('shrunk counter-examples from earlier fuzzing', () => {
    for (const { name, text } of FUZZ_REGRESSIONS) {
      it(name, () => checkCoreInvariants(text));
    }
  });

  it('holds on generated article-like texts', () => {
    assertProperty(fc.property(articleText, checkAndTime), runs(60));
  });

  it('holds on raw strings of any code units', () => {
    assertProperty(fc.property(rawText, checkAndTime), runs(200));
  });
});
