#!/usr/bin/env node
// Installs the real VS Code test host (the VS Code server inside the npm package
// code-server, pinned in .vscode-host/package.json) and the Debian packages it needs.
// Idempotent: every step is skipped when already done, so it is cheap to run each time.
//
//   node scripts/host/install.mjs            install what is missing
//   node scripts/host/install.mjs --check    exit 0 if installed, 1 if not (changes nothing)
//   node scripts/host/install.mjs --force    run `npm ci` in .vscode-host even if up to date
//
// Works offline from GitHub/Microsoft: only Debian's apt and the npm registry are used.
// See /work/shared/notes/vscode-test-host.md for why each trick below is needed.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HOST_DIR = join(ROOT, '.vscode-host');
export const SERVER_MAIN = join(HOST_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
const STAMP = join(HOST_DIR, 'node_modules', '.news-lens-host-stamp');
const ROOT_SCRIPT_SHELL = join(dirname(fileURLToPath(import.meta.url)), 'root-script-shell.sh');

export const APT_PACKAGES = ['chromium', 'ripgrep', 'fonts-liberation', 'fonts-noto-core', 'build-essential', 'python3', 'libkrb5-dev'];

// From @vscode/ripgrep's lib/postinstall.js and code-server's lib/vscode/npm-shrinkwrap.json.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_VERSION = 'v13.0.0-10';
const RIPGREP_TARGETS = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

const log = (...a) => console.log('[host:install]', ...a);

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export function missingAptPackages() {
  if (!hasCommand('dpkg-query')) return [];
  return APT_PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !/install ok installed/.test(r.stdout);
  });
}

function installAptPackages() {
  const missing = missingAptPackages();
  if (missing.length === 0) {
    log('Debian packages: all present');
    return;
  }
  if (!hasCommand('apt-get')) throw new Error(`missing system packages ${missing.join(' ')} and no apt-get here: install them by hand`);
  const sudo = isRoot() ? [] : hasCommand('sudo') ? ['sudo'] : null;
  if (sudo === null) throw new Error(`missing Debian packages ${missing.join(' ')}; run as root or install them: apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => {
    const cmd = [...sudo, ...args];
    log('$', cmd.join(' '));
    execFileSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env });
  };
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing]);
}

/** The folder holding include/node/node.h for the running Node, so node-gyp needs no download. */
function nodeDir() {
  const candidates = [resolve(dirname(process.execPath), '..'), '/usr', '/usr/local'];
  return candidates.find((d) => existsSync(join(d, 'include', 'node', 'node.h')));
}

/** @vscode/ripgrep's postinstall downloads rg from GitHub unless its download cache already has the tarball. */
function prefillRipgrepCache(tmp) {
  const target = RIPGREP_TARGETS[process.arch];
  if (!target) throw new Error(`no ripgrep target known for arch ${process.arch}`);
  const cacheDir = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const tarball = join(cacheDir, `ripgrep-${RIPGREP_VERSION}-${target}.tar.gz`);
  if (existsSync(tarball)) return tarball;
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find(existsSync);
  if (!rg) throw new Error('ripgrep (rg) is not installed: apt-get install ripgrep');
  mkdirSync(cacheDir, { recursive: true });
  const staging = mkdtempSync(join(tmp, 'rg-staging-'));
  copyFileSync(rg, join(staging, 'rg'));
  execFileSync('chmod', ['755', join(staging, 'rg')]);
  execFileSync('tar', ['-czf', tarball, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
  log('ripgrep download cache filled:', tarball);
  return tarball;
}

function wantedStamp() {
  const h = createHash('sha256');
  h.update(readFileSync(join(HOST_DIR, 'package.json')));
  h.update(readFileSync(join(HOST_DIR, 'package-lock.json')));
  h.update(process.version);
  h.update(process.arch);
  return h.digest('hex');
}

export function hostInstalled() {
  return existsSync(SERVER_MAIN) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === wantedStamp();
}

function npmCi() {
  const tmp = tmpdir();
  prefillRipgrepCache(tmp);
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  // As root, code-server's postinstall wants npm_config_unsafe_perm=true; given through the shell
  // that runs install scripts, so npm does not warn about an option it no longer knows.
  if (isRoot()) env.npm_config_script_shell = ROOT_SCRIPT_SHELL;
  const nd = nodeDir();
  if (nd) env.npm_config_nodedir = nd; // else node-gyp tries to download Node's headers
  else log('warning: no include/node/node.h found for this Node; node-gyp may try to download headers');
  rmSync(STAMP, { force: true });
  const started = Date.now();
  log('installing the VS Code test host into .vscode-host (npm ci: about a minute, about 300 MB)');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: HOST_DIR, env, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm ci in .vscode-host failed (exit ${r.status ?? r.signal})`);
  if (!existsSync(SERVER_MAIN)) throw new Error(`npm ci finished but ${SERVER_MAIN} is missing`);
  writeFileSync(STAMP, wantedStamp() + '\n');
  log(`host installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Installs whatever is missing. Safe to call from other scripts. */
export function ensureHost({ force = false } = {}) {
  installAptPackages();
  if (!force && hostInstalled()) {
    log('VS Code host: up to date');
    return;
  }
  npmCi();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--check')) {
      const missing = missingAptPackages();
      const ok = missing.length === 0 && hostInstalled();
      log(ok ? 'installed' : `not installed${missing.length ? ` (missing Debian packages: ${missing.join(' ')})` : ''}`);
      process.exit(ok ? 0 : 1);
    }
    ensureHost({ force: process.argv.includes('--force') });
  } catch (e) {
    console.error('[host:install] error:', e.message);
    process.exit(1);
  }
}
