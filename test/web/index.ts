// The entry VS Code loads as `extensionTestsPath` in the browser's web worker extension host
// (scripts/host/run-web-tests.mjs). There is no file system to discover tests in at run time, so
// scripts/build.mjs bundles one entry that imports ./mocha-setup, then every test/web/*.test.ts,
// then re-exports run() from here.

/** Printed just before Mocha starts; run-web-tests.mjs starts echoing the workbench's log at it. */
export const WEB_SUITE_START_MARKER = '[news-lens] web integration tests';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      console.log(WEB_SUITE_START_MARKER);
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} web integration test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
