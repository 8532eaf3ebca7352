// Runs a compiled Mocha suite (an `extensionTestsPath` module exporting run()) inside the real
// VS Code host: the VS Code server from code-server, shown in headless Chromium, with this folder
// loaded as the extension under development. Shared by run-tests.mjs (Node extension host) and
// run-web-tests.mjs (the browser's web worker extension host).
import { existsSync, mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { ensureHost, ROOT } from './install.mjs';
import { startHost, launchBrowser } from './server.mjs';

export const WORKSPACE = join(ROOT, 'test', 'fixtures', 'workspace');

// Workbench log messages that are not the suite's (the web workbench logs through the same channel).
const NOISE = [
  /^\[Service Worker\]/,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^Ignoring fetching additional builtin extensions/,
  /^ChatSessionStore:/,
  /ENOTFOUND|ERR_NAME_NOT_RESOLVED/,
  /^Extension host \(\w+\) is (un)?responsive/, // a loaded machine, not the suite
  /^No search provider registered for scheme/,
  /^Creation of workbench contribution/,
];

function ensureWorkspace() {
  if (!existsSync(WORKSPACE)) mkdirSync(WORKSPACE, { recursive: true });
  const placeholder = join(WORKSPACE, 'placeholder.news');
  if (!existsSync(placeholder)) {
    writeFileSync(placeholder, 'Placeholder article for the integration tests\n\nLONDON (Reuters) - This file only makes sure the test workspace is not empty.\n');
  }
}

/** Mocha's spec reporter prints "  N passing (12ms)", "  N failing", "  N pending". */
export function summarize(lines) {
  const count = (re) => {
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = re.exec(lines[i]);
      if (m) return Number(m[1]);
    }
    return null;
  };
  return { passed: count(/^\s*(\d+) passing\b/), failed: count(/^\s*(\d+) failing\b/), pending: count(/^\s*(\d+) pending\b/) };
}

/**
 * @param {object} o
 * @param {string} o.label          prefix of this runner's own messages, e.g. 'test:host'
 * @param {string} o.suite          compiled suite index, without .js (as VS Code wants)
 * @param {string} o.startMarker    the line the suite prints before Mocha starts: the workbench's log is echoed from there
 * @param {number} o.deadlineS      overall deadline in seconds
 * @param {boolean} [o.verbose]     echo the server's log and the browser's console errors
 * @param {boolean} [o.skipInstall] do not check/install the host first
 * @param {Record<string, unknown>} [o.settings]  extra user settings for the host
 * @param {Record<string, string>} [o.env]         extra environment for the server and its extension host
 * @returns {Promise<number>} the exit code: the suite's (0 = all passed); 124 on timeout (screenshot saved)
 */
export async function runSuiteInHost(o) {
  const t0 = Date.now();
  const tag = `[${o.label}]`;
  if (!existsSync(o.suite + '.js')) {
    console.error(`${tag} ${o.suite}.js is missing: run \`npm run build\` first (npm test does).`);
    return 2;
  }
  if (!o.skipInstall) ensureHost();
  ensureWorkspace();

  const verbose = !!o.verbose;
  const host = await startHost({ verbose, settings: o.settings, env: o.env });
  let browser;
  const lines = []; // what was shown: Mocha's output
  const transcript = []; // everything the workbench logged
  let timer;
  try {
    browser = await launchBrowser({ env: host.env });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (verbose) {
      page.on('console', (m) => { if (m.type() === 'error') console.error('[browser]', m.text()); });
      page.on('pageerror', (e) => console.error('[browser] page error:', e.stack ?? e.message));
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
      if (!suiteStarted && text.startsWith(o.startMarker)) suiteStarted = true;
      const show = verbose || (suiteStarted && !NOISE.some((re) => re.test(text)));
      if (!show) return;
      for (const l of text.split('\n')) lines.push(l);
      (type === 'error' ? process.stderr : process.stdout).write(text + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));

    const timeout = new Promise((r) => (timer = setTimeout(() => r('timeout'), o.deadlineS * 1000)));
    await page.goto(
      host.workbenchUrl({ folder: WORKSPACE, extensionDevelopmentPath: ROOT, extensionTestsPath: o.suite }),
      { waitUntil: 'domcontentloaded' },
    );
    const result = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);

    if (result === 'timeout') {
      const dir = mkdtempSync(join(tmpdir(), 'news-lens-test-host-'));
      const shot = join(dir, 'timeout.png');
      await page.screenshot({ path: shot }).catch((e) => console.error(`${tag} screenshot failed:`, e.message));
      console.error(`${tag} no result within ${o.deadlineS} s; screenshot: ${shot}`);
      if (!suiteStarted && !verbose) console.error('--- workbench log ---\n' + transcript.join('\n'));
      console.error('--- VS Code server log (tail) ---\n' + host.readLog().slice(-4000));
      return 124;
    }
    const s = summarize(lines);
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (s.passed === null && s.failed === null) {
      // The suite did not get as far as Mocha's summary (e.g. the index threw, or the extension failed to load).
      console.error(`${tag} the suite exited with code ${result} without a Mocha summary (${secs} s). Workbench log:`);
      if (!verbose) console.error(transcript.join('\n'));
      if (result === 0) return 1; // ran no test: not a pass
      console.log(`0 passed, 1 failed`);
      return result || 1;
    }
    console.log(`${tag} exit code ${result} in ${secs} s`);
    console.log(`${s.passed ?? 0} passed, ${s.failed ?? 0} failed${s.pending ? `, ${s.pending} skipped` : ''}`);
    return result;
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await host.stop();
  }
}

/** Runs `main` as a script: exits with its code, or 1 with the error. */
export function exitWith(label, main) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`[${label}] error:`, err?.stack ?? err);
      process.exit(1);
    },
  );
}
