#!/usr/bin/env node
// `npm run test:web`: runs the web suite (dist/test/web/index.js, built by `npm run build`) in the
// browser's web worker extension host of the real VS Code 1.100.3 (the VS Code server from
// code-server, shown in headless Chromium), with News Lens loaded from its `browser` bundle.
//
// How the extension gets into the web worker host: it is served by the VS Code server (a remote
// extension under development), and the user setting `remote.extensionKind` makes its kind "web".
// The web workbench runs a remote extension of kind "web" in its web worker extension host, loading
// the `browser` entry (dist/web/extension.js) over HTTP. The tests then run in that same host,
// because VS Code runs an extensionTestsPath inside the host of the extension that contains it.
// (The payload entry `extensionDevelopmentKind` would be the natural switch, but VS Code 1.100's web
// workbench stores it under another name than the one its extension host picker reads: it has no
// effect there.) The suite checks that it runs in a web worker, so it fails if this ever changes.
//
// Options (environment): NEWS_LENS_TEST_TIMEOUT (seconds, default 120), NEWS_LENS_HOST_VERBOSE=1,
// NEWS_LENS_SKIP_INSTALL=1, as for run-tests.mjs.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ROOT } from './install.mjs';
import { exitWith, runSuiteInHost } from './suite-runner.mjs';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;

exitWith('test:web', () =>
  runSuiteInHost({
    label: 'test:web',
    suite: join(ROOT, 'dist', 'test', 'web', 'index'),
    startMarker: '[news-lens] web integration tests', // printed by test/web/index.ts
    deadlineS: Number(process.env.NEWS_LENS_TEST_TIMEOUT || 120),
    verbose: !!process.env.NEWS_LENS_HOST_VERBOSE,
    skipInstall: !!process.env.NEWS_LENS_SKIP_INSTALL,
    settings: { 'remote.extensionKind': { [extensionId]: ['web'] } },
  }),
);
