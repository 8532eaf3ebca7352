// The real VS Code host (VS Code 1.100.3, the server inside the npm package code-server),
// served to a browser on 127.0.0.1 and driven with playwright-core + Debian's Chromium.
// Used by run-tests.mjs (npm run test:host), start.mjs (npm start), screenshot.mjs and vsix-check.mjs.
//
//   import { startHost, launchBrowser, workbenchUrl } from './server.mjs';
//   const host = await startHost({ settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
//   const browser = await launchBrowser({ env: host.env });
//   const page = await browser.newPage();
//   await page.goto(host.workbenchUrl({ folder, openFile, extensionDevelopmentPath }));
//   ...
//   await browser.close(); await host.stop();
//
// Install the host first: node scripts/host/install.mjs (ensureHost() from there).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, createWriteStream, readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { SERVER_MAIN, ROOT } from './install.mjs';

export { ROOT, SERVER_MAIN };
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Settings that keep the workbench quiet and offline. Extra settings passed to startHost() win. */
export const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'git.enabled': false,
  'npm.autoDetect': 'off',
  'typescript.tsserver.experimental.enableProjectDiagnostics': false,
};

/** A free TCP port on 127.0.0.1 (the OS picks it; there is a tiny race, which startHost retries). */
export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** Environment with HOME, XDG_* and TMPDIR in a temp folder, and no VSCODE_* variables leaking in from an outer VS Code. */
export function isolatedEnv(homeRoot) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k.startsWith('npm_')) continue;
    env[k] = v;
  }
  const dirs = {
    HOME: join(homeRoot, 'home'),
    XDG_CONFIG_HOME: join(homeRoot, 'home', '.config'),
    XDG_DATA_HOME: join(homeRoot, 'home', '.local', 'share'),
    XDG_CACHE_HOME: join(homeRoot, 'home', '.cache'),
    XDG_STATE_HOME: join(homeRoot, 'home', '.local', 'state'),
    XDG_RUNTIME_DIR: join(homeRoot, 'runtime'),
    // Temp files of the server, the extension host (the built-in TypeScript extension makes
    // vscode-typescript*/ there) and the tests: inside the folder stop() removes.
    TMPDIR: join(homeRoot, 'tmp'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true, mode: 0o700 });
  // No extension gallery: the machine has no internet, and tests must not depend on one.
  // (code-server's server reads EXTENSIONS_GALLERY; an empty object disables the gallery.)
  return { ...env, ...dirs, EXTENSIONS_GALLERY: process.env.NEWS_LENS_EXTENSIONS_GALLERY ?? '{}' };
}

function serverArgs({ port, userDataDir, serverDataDir, extensionsDir, logLevel }) {
  return [
    SERVER_MAIN,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--user-data-dir', userDataDir,
    '--server-data-dir', serverDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--log', logLevel,
  ];
}

/**
 * Installs a VSIX (or gallery-less extension folder) into an extensions dir with the server's
 * own `--install-extension`. Returns the CLI's output.
 */
export function installExtension(vsixPath, extensionsDir, { env } = {}) {
  if (!existsSync(SERVER_MAIN)) throw new Error('VS Code host not installed: node scripts/host/install.mjs');
  const tmp = mkdtempSync(join(tmpdir(), 'news-lens-install-'));
  try {
    const r = spawnSync(
      process.execPath,
      [
        SERVER_MAIN,
        '--accept-server-license-terms',
        '--user-data-dir', join(tmp, 'ud'),
        '--server-data-dir', join(tmp, 'sd'),
        '--extensions-dir', extensionsDir,
        '--install-extension', resolve(vsixPath),
        '--force',
      ],
      { env: env ?? isolatedEnv(tmp), encoding: 'utf8', timeout: 120_000 },
    );
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    if (r.status !== 0 || /failed|error/i.test(out.replace(/DeprecationWarning.*\n?/g, ''))) {
      throw new Error(`--install-extension failed (exit ${r.status}):\n${out}`);
    }
    return out;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Starts the VS Code server on a free 127.0.0.1 port with temp HOME/XDG/user-data dirs.
 * @param {object} [o]
 * @param {Record<string, unknown>} [o.settings]  extra user settings (e.g. workbench.colorTheme)
 * @param {string} [o.extensionsDir]   extensions dir (default: an empty temp one); for an installed VSIX
 * @param {number} [o.port]            fixed port (default: a free one)
 * @param {number} [o.readyTimeoutMs]  how long to wait for GET / to answer 200 (default 60 s)
 * @param {boolean} [o.verbose]        echo the server's output (default: keep it in a log file)
 * @param {boolean} [o.keepTemp]       keep the temp folder after stop() (for debugging)
 * @param {Record<string, string>} [o.env]  extra environment for the server and its extension host
 * @param {string} [o.logLevel]        server --log level (default 'info'; the workbench in the browser uses it too, and Mocha's output from the extension host arrives at 'info')
 * @returns {Promise<{url: string, port: number, tmp: string, env: NodeJS.ProcessEnv, userDataDir: string,
 *   extensionsDir: string, logFile: string, remoteUri: (p: string) => string,
 *   workbenchUrl: (o: WorkbenchOptions) => string, stop: () => Promise<void>}>}
 */
export async function startHost(o = {}) {
  if (!existsSync(SERVER_MAIN)) throw new Error(`VS Code host not installed (${SERVER_MAIN} missing): run node scripts/host/install.mjs`);
  const tmp = mkdtempSync(join(tmpdir(), 'news-lens-host-'));
  const env = { ...isolatedEnv(tmp), ...(o.env ?? {}) };
  const userDataDir = join(tmp, 'ud');
  const serverDataDir = join(tmp, 'sd');
  const extensionsDir = o.extensionsDir ? resolve(o.extensionsDir) : join(tmp, 'ext');
  for (const d of [join(userDataDir, 'User'), serverDataDir, extensionsDir]) mkdirSync(d, { recursive: true });
  const settings = JSON.stringify({ ...BASE_SETTINGS, ...(o.settings ?? {}) }, null, 2);
  // code-server's patched workbench reads user settings from <user-data-dir>/User on the server.
  writeFileSync(join(userDataDir, 'User', 'settings.json'), settings);
  const logFile = join(tmp, 'server.log');
  const readyTimeoutMs = o.readyTimeoutMs ?? 60_000;

  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = o.port ?? (await freePort());
    const started = Date.now();
    const logStream = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, serverArgs({ port, userDataDir, serverDataDir, extensionsDir, logLevel: o.logLevel ?? 'info' }), {
      env,
      cwd: tmp,
      detached: true, // own process group: stop() ends the extension host and its helpers too
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let exited = null;
    const exitPromise = new Promise((res) => child.on('exit', (code, signal) => { exited = { code, signal }; res(exited); }));
    for (const s of [child.stdout, child.stderr]) {
      s.on('data', (b) => {
        logStream.write(b);
        if (o.verbose) process.stderr.write(b);
      });
    }
    const killGroup = (sig) => {
      try { process.kill(-child.pid, sig); } catch { /* already gone */ }
    };
    const onParentExit = () => killGroup('SIGKILL');
    process.on('exit', onParentExit);

    const url = `http://127.0.0.1:${port}`;
    const ready = await waitForOk(url + '/', readyTimeoutMs, () => exited);
    if (ready === true) {
      if (!o.quiet) console.error(`[host] VS Code server ready on ${url} in ${Date.now() - started} ms`);
      let stopped = false;
      const stop = async () => {
        if (stopped) return;
        stopped = true;
        if (!exited) {
          killGroup('SIGTERM');
          const t = setTimeout(() => killGroup('SIGKILL'), 5000);
          await exitPromise;
          clearTimeout(t);
          killGroup('SIGKILL'); // stragglers in the group (extension host, pty host)
        }
        process.off('exit', onParentExit);
        await new Promise((r) => logStream.end(r));
        if (!o.keepTemp) rmSync(tmp, { recursive: true, force: true });
      };
      const remoteUri = (p) => `vscode-remote://127.0.0.1:${port}${encodeURI(resolve(p))}`;
      const devPath = (p) => devPathOutsideHost(p, tmp);
      return {
        url,
        port,
        tmp,
        env,
        userDataDir,
        extensionsDir,
        logFile,
        remoteUri,
        workbenchUrl: (w) => workbenchUrl(url, remoteUri, { ...w, ...devPaths(w, devPath) }),
        readLog: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
        stop,
      };
    }
    killGroup('SIGKILL');
    await exitPromise;
    process.off('exit', onParentExit);
    await new Promise((r) => logStream.end(r));
    lastError = ready;
    if (o.port) break;
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : '';
  if (!o.keepTemp) rmSync(tmp, { recursive: true, force: true });
  throw new Error(`VS Code server did not start: ${lastError}\n--- server log (tail) ---\n${log}`);
}

/**
 * The workbench treats every extension located under an extensionDevelopmentPath as "under development";
 * the host's built-in extensions live in <root>/.vscode-host, under the project root, so with the root as
 * extensionDevelopmentPath the built-in theme-defaults would count as the developed extension's themes
 * and force Default Light+ whatever workbench.colorTheme says. A symlink outside the project avoids that.
 */
function devPathOutsideHost(p, tmp) {
  const abs = resolve(p);
  if (!resolve(SERVER_MAIN).startsWith(abs + sep)) return abs;
  const link = join(tmp, 'dev', basename(abs));
  if (!existsSync(link)) {
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(abs, link, 'dir');
  }
  return link;
}

/**
 * The development and tests paths as the workbench gets them. VS Code runs the tests in the
 * extension host of the extension whose folder contains them (in the web worker host for a web
 * extension), so a tests path inside the development folder must move with it to its symlink.
 */
function devPaths(w, devPath) {
  if (!w.extensionDevelopmentPath) return {};
  const dev = resolve(w.extensionDevelopmentPath);
  const mapped = devPath(dev);
  const tests = w.extensionTestsPath && resolve(w.extensionTestsPath);
  const testsInside = tests && tests.startsWith(dev + sep);
  return { extensionDevelopmentPath: mapped, extensionTestsPath: testsInside ? join(mapped, relative(dev, tests)) : w.extensionTestsPath };
}

/** Polls url until it answers 200. Returns true, or a string saying why not. */
async function waitForOk(url, timeoutMs, exitedFn) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const ex = exitedFn();
    if (ex) return `server exited early (code ${ex.code}, signal ${ex.signal})`;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer().catch(() => {});
      if (res.status === 200) return true;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return `GET ${url} not 200 within ${timeoutMs} ms (last: ${last})`;
}

/**
 * @typedef {object} WorkbenchOptions
 * @property {string} [folder]                    folder to open (absolute or relative to cwd)
 * @property {string} [openFile]                  file to open in an editor
 * @property {string} [extensionDevelopmentPath]  load the extension from this folder (dev mode)
 * @property {string} [extensionTestsPath]        run this compiled Mocha index (without .js) and exit
 * @property {[string, string][]} [payload]       extra payload entries
 */
/** The workbench URL for a folder, with the payload the web workbench understands. */
export function workbenchUrl(baseUrl, remoteUri, w = {}) {
  const payload = [];
  if (w.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(w.extensionDevelopmentPath)]);
  if (w.extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(w.extensionTestsPath)]);
  if (w.openFile) payload.push(['openFile', remoteUri(w.openFile)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true'], ...(w.payload ?? []));
  const q = new URLSearchParams();
  if (w.folder) q.set('folder', resolve(w.folder));
  q.set('payload', JSON.stringify(payload));
  return `${baseUrl}/?${q.toString()}`;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium through playwright-core (no browser download). */
export async function launchBrowser({ env, headless = true, args = [] } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: node scripts/host/install.mjs (apt package chromium)`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless, env, args: [...CHROMIUM_ARGS, ...args] });
}

/** Waits for the workbench to be up in a page (the status bar is a late part). */
export async function waitForWorkbench(page, timeoutMs = 60_000) {
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: timeoutMs });
}
