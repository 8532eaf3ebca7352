#!/usr/bin/env node
// `npm run test:host`: runs the integration suite (dist/test/integration/index.js, built by
// `npm run build`) inside a real VS Code 1.100.3 (the VS Code server from code-server, shown in
// headless Chromium), in its Node extension host. run-web-tests.mjs does the same in the
// browser's web worker extension host.
//
// Options (environment):
//   NEWS_LENS_TEST_GREP=text       run only tests whose title matches (passed to Mocha)
//   NEWS_LENS_TEST_TIMEOUT=300     overall deadline in seconds (default 300)
//   NEWS_LENS_HOST_VERBOSE=1       echo the VS Code server's own log and browser console errors
//   NEWS_LENS_SKIP_INSTALL=1       do not check/install the host first
// Argument: --suite host-bench runs the responsiveness bench (npm run bench:host) instead of the tests.
// Exit code: the suite's (0 = all passed); non-zero on timeout, with a screenshot saved.
import { join } from 'node:path';
import { ROOT } from './install.mjs';
import { exitWith, runSuiteInHost } from './suite-runner.mjs';

const suiteArg = process.argv.indexOf('--suite');
const suiteName = suiteArg > 0 ? process.argv[suiteArg + 1] : 'integration';

exitWith('test:host', () =>
  runSuiteInHost({
    label: 'test:host',
    suite: join(ROOT, 'dist', 'test', suiteName, 'index'),
    startMarker: '[news-lens] integration tests:', // printed by test/integration/index.ts
    deadlineS: Number(process.env.NEWS_LENS_TEST_TIMEOUT || 300),
    verbose: !!process.env.NEWS_LENS_HOST_VERBOSE,
    skipInstall: !!process.env.NEWS_LENS_SKIP_INSTALL,
    // Mocha 12's check marks come from picocolors, which colours them when CI is set, whatever Mocha's
    // color option says; NO_COLOR keeps the transcript plain. NEWS_LENS_TEST_GREP passes through as well.
    env: { NO_COLOR: '1' },
  }),
);
