#!/usr/bin/env node
// `npm run test:host`: runs the integration suite (dist/test/integration/index.js, built by
// `npm run build`) inside a real VS Code 1.100.3: the VS Code server from code-server, shown in
// headless Chromium, with this folder loaded as the extension under development.
//
// Options (environment):
//   NEWS_LENS_TEST_GREP=text       run only tests whose title matches (passed to Mocha)
//   NEWS_LENS_TEST_TIMEOUT=300     overall deadline in seconds (default 300)
//   NEWS_LENS_HOST_VERBOSE=1       echo the VS Code server's own log and browser console errors
//   NEWS_LENS_SKIP_INSTALL=1       do not check/install the host first
// Exit code: the suite's (0 = all passed); non-zero on timeout, with a screenshot saved.
import { existsSync, mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { ensureHost, ROOT } from './install.mjs';
import { startHost, launchBrowser } from './server.mjs';

const WORKSPACE = join(ROOT, 'test', 'fixtures', 'workspace');
// The suite folder under dist/test: integration (npm test) or, with --suite host-bench, the responsiveness bench.
const suiteArg = process.argv.indexOf('--suite');
const SUITE_NAME = suiteArg > 0 ? process.argv[suiteArg + 1] : 'integration';
const SUITE = join(ROOT, 'dist', 'test', SUITE_NAME, 'index'); // without .js, as VS Code wants
const DEADLINE_S = Number(process.env.NEWS_LENS_TEST_TIMEOUT || 300);
const verbose = !!process.env.NEWS_LENS_HOST_VERBOSE;
const SUITE_START_MARKER = '[news-lens] integration tests:'; // printed by test/integration/index.ts
// Workbench log messages that are not the suite's (the web workbench logs through the same channel).
const NOISE = [
  /^\[Service Worker\]/,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^Ignoring fetching additional builtin extensions/,
  /^ChatSessionStore:/,
  /ENOTFOUND|ERR_NAME_NOT_RESOLVED/,
];

function ensureWorkspace() {
  if (!existsSync(WORKSPACE)) mkdirSync(WORKSPACE, { recursive: true });
  const placeholder = join(WORKSPACE, 'placeholder.news');
  if (!existsSync(placeholder)) {
    writeFileSync(placeholder, 'Placeholder article for the integration tests\n\nLONDON (Reuters) - This file only makes sure the test workspace is not empty.\n');
  }
}

// Mocha's spec reporter prints "  N passing (12ms)", "  N failing", "  N pending".
function summarize(lines) {
  const count = (re) => {
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = re.exec(lines[i]);
      if (m) return Number(m[1]);
    }
    return null;
  };
  return { passed: count(/^\s*(\d+) passing\b/), failed: count(/^\s*(\d+) failing\b/), pending: count(/^\s*(\d+) pending\b/) };
}

async function main() {
  const t0 = Date.now();
  if (!existsSync(SUITE + '.js')) {
    console.error(`[test:host] ${SUITE}.js is missing: run \`npm run build\` first (npm test does).`);
    return 2;
  }
  if (!process.env.NEWS_LENS_SKIP_INSTALL) ensureHost();
  ensureWorkspace();

  const host = await startHost({
    verbose,
    // Mocha 12's check marks come from picocolors, which colours them when CI is set, whatever Mocha's
    // color option says; NO_COLOR keeps the transcript plain. NEWS_LENS_TEST_GREP passes through as well.
    env: { NO_COLOR: '1' },
  });
  let browser;
  const lines = []; // what was shown: Mocha's output
  const transcript = []; // everything the workbench logged
  let timer;
  try {
    browser = await launchBrowser({ env: host.env });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (verbose) {
      page.on('console', (m) => { if (m.type() === 'error') console.error('[browser]', m.text()); });
      page.on('pageerror', (e) => console.error('[browser] page error:', e.message));
    }

    let resolveExit;
    const exitCode = new Promise((r) => (resolveExit = r));
    // Called by the workbench in test mode (--enable-smoke-test-driver): Mocha's output and the result.
    // Before the suite's start marker it is the workbench starting up: held back, shown only if verbose
    // or if the suite never starts. After it: Mocha's output, less the workbench's known chatter.
    let suiteStarted = false;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      transcript.push(`[${type}] ${text}`);
      if (!suiteStarted && text.startsWith(SUITE_START_MARKER)) suiteStarted = true;
      const show = verbose || (suiteStarted && !NOISE.some((re) => re.test(text)));
      if (!show) return;
      for (const l of text.split('\n')) lines.push(l);
      (type === 'error' ? process.stderr : process.stdout).write(text + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));

    const timeout = new Promise((r) => (timer = setTimeout(() => r('timeout'), DEADLINE_S * 1000)));
    await page.goto(
      host.workbenchUrl({ folder: WORKSPACE, extensionDevelopmentPath: ROOT, extensionTestsPath: SUITE }),
      { waitUntil: 'domcontentloaded' },
    );
    const result = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);

    if (result === 'timeout') {
      const dir = mkdtempSync(join(tmpdir(), 'news-lens-test-host-'));
      const shot = join(dir, 'timeout.png');
      await page.screenshot({ path: shot }).catch((e) => console.error('[test:host] screenshot failed:', e.message));
      console.error(`[test:host] no result within ${DEADLINE_S} s; screenshot: ${shot}`);
      if (!suiteStarted && !verbose) console.error('--- workbench log ---\n' + transcript.join('\n'));
      console.error('--- VS Code server log (tail) ---\n' + host.readLog().slice(-4000));
      return 124;
    }
    const s = summarize(lines);
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (s.passed === null && s.failed === null) {
      // The suite did not get as far as Mocha's summary (e.g. the index threw, or the extension failed to load).
      console.error(`[test:host] the suite exited with code ${result} without a Mocha summary (${secs} s). Workbench log:`);
      if (!verbose) console.error(transcript.join('\n'));
      if (result === 0) return 1; // ran no test: not a pass
      console.log(`0 passed, 1 failed`);
      return result || 1;
    }
    console.log(`[test:host] exit code ${result} in ${secs} s`);
    console.log(`${s.passed ?? 0} passed, ${s.failed ?? 0} failed${s.pending ? `, ${s.pending} skipped` : ''}`);
    return result;
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await host.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('[test:host] error:', err?.stack ?? err);
    process.exit(1);
  },
);
