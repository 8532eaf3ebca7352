#!/usr/bin/env node
// `npm test`: every stage in order, one line each. A stage's own output is held back and shown only
// when it fails (for Mocha, its failures in full; NEWS_LENS_TEST_VERBOSE=1 shows everything). A failed
// build stops the run; after a failed test stage the others still run, so one run shows every failure.
// Tests skipped for want of something (the evaluation data…) are listed with their reason.
//
//   typecheck → build → unit tests → grammar tests → integration tests in the real VS Code host (Node, then web worker) → VSIX check
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostInstalled } from './host/install.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => join(ROOT, 'node_modules', pkg, file);
const mocha = (glob) => [bin('mocha', 'bin/mocha.js'), '--require', './scripts/ts-register.cjs', glob];
const verbose = !!process.env.NEWS_LENS_TEST_VERBOSE;

/** Mocha's spec reporter ends with "N passing", "N pending", "N failing". */
function mochaSummary(out) {
  const count = (word) => Number(out.match(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'm'))?.[1] ?? 0);
  const [passed, skipped, failed] = [count('passing'), count('pending'), count('failing')];
  return `${passed} passed${failed ? `, ${failed} failed` : ''}${skipped ? `, ${skipped} skipped` : ''}`;
}

/** Mocha's failures, in full, follow its counts. */
function mochaFailures(out) {
  const at = out.search(/^\s*\d+ passing\b/m);
  return at >= 0 ? out.slice(at) : out;
}

/** The host scripts end with their own "N passed, M failed" line. */
const lastLine = (out) => out.trim().split('\n').pop() ?? '';

const STAGES = [
  { name: 'typecheck', args: [bin('typescript', 'bin/tsc'), '-p', '.', '--noEmit'] },
  { name: 'build', args: ['scripts/build.mjs'], stopsOnFailure: true },
  { name: 'unit tests', args: mocha('test/unit/**/*.test.ts'), summary: mochaSummary, failures: mochaFailures },
  { name: 'grammar tests', args: mocha('test/grammar/**/*.test.ts'), summary: mochaSummary, failures: mochaFailures },
  {
    name: 'integration tests (real VS Code host)',
    args: ['scripts/host/run-tests.mjs'],
    summary: lastLine,
    announce: () => (hostInstalled() ? '' : 'First run: the integration tests install the VS Code test host into .vscode-host/ first (about a minute, about 300 MB).'),
  },
  { name: 'web tests (browser web worker host)', args: ['scripts/host/run-web-tests.mjs'], summary: lastLine },
  { name: 'VSIX check', args: ['scripts/host/vsix-check.mjs'], summary: lastLine },
];

function run(stage) {
  return new Promise((res) => {
    const child = spawn(process.execPath, stage.args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const collect = (b) => {
      out += b;
      if (verbose) process.stdout.write(b);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (e) => res({ code: 1, out: `${out}\n${e.message}` }));
    child.on('close', (code, signal) => res({ code: code ?? (signal ? 1 : 0), out }));
  });
}

const started = Date.now();
let firstFailure = 0;
const failed = [];
for (const stage of STAGES) {
  const note = stage.announce?.();
  if (note) console.log(note);
  const t0 = Date.now();
  const { code, out } = await run(stage);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const summary = stage.summary ? `: ${stage.summary(out)}` : '';
  if (code !== 0) {
    if (!verbose) {
      const shown = stage.failures ? stage.failures(out) : out;
      process.stdout.write(shown.endsWith('\n') ? shown : `${shown}\n`);
    }
    console.log(`✘ ${stage.name} failed${summary} (exit ${code}, ${secs} s)`);
    firstFailure ||= code;
    failed.push(stage.name);
    if (stage.stopsOnFailure) break;
    continue;
  }
  console.log(`✔ ${stage.name}${summary} (${secs} s)`);
  for (const line of new Set(out.split('\n').filter((l) => l.includes('(skipped:')))) console.log(`    ${line.trim()}`);
}
const total = `${((Date.now() - started) / 1000).toFixed(0)} s`;
console.log(failed.length ? `failed: ${failed.join(', ')} (${total})` : `all ${STAGES.length} stages passed (${total})`);
process.exit(firstFailure);
