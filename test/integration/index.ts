// The Mocha entry point that VS Code loads as `extensionTestsPath` (in the real VS Code host
// from `npm run test:host`, or in desktop VS Code from `npm run test:electron`).
// It runs every compiled `dist/test/integration/**/*.test.js` next to this file.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { removeFreshCopies } from './util';

/** Printed just before Mocha starts; run-tests.mjs looks for it. */
export const SUITE_START_MARKER = '[news-lens] integration tests:';

export function run(): Promise<void> {
  return runMochaFiles(__dirname, '.test.js');
}

/** Runs every file under `dir` ending in `suffix` (the bench suite shares this runner). */
export function runMochaFiles(dir: string, suffix: string): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    slow: 5_000,
  });
  // Optional filter, e.g. NEWS_LENS_TEST_GREP=outline (run-tests.mjs passes it through).
  const grep = process.env.NEWS_LENS_TEST_GREP;
  if (grep) mocha.grep(grep);

  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix))
    .sort();
  for (const f of files) mocha.addFile(join(dir, f));

  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`no *${suffix} files under ${dir}: run npm run build first`));
      return;
    }
    try {
      // scripts/host/run-tests.mjs starts echoing the workbench's log at this line (before it, it is only the host starting up).
      console.log(`${SUITE_START_MARKER} ${files.length} file(s)`);
      mocha.run((failures) => {
        removeFreshCopies();
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
