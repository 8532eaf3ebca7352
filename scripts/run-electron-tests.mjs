#!/usr/bin/env node
// `npm run test:electron`: the same integration suite as `npm run test:host`, in desktop VS Code
// (Electron), downloaded by @vscode/test-electron 2.5 into .vscode-test/. Needs internet access to
// Microsoft's update server, so it is for a laptop; the machines of this project use test:host.
//
//   npm run build && npm run test:electron
//   VSCODE_VERSION=1.100.3 npm run test:electron     (default: stable; 1.100.3 is what test:host runs)
//   NEWS_LENS_TEST_GREP=outline npm run test:electron
// On Linux without a display run it under xvfb-run -a.
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const suite = join(ROOT, 'dist', 'test', 'integration', 'index');
const workspace = join(ROOT, 'test', 'fixtures', 'workspace');

if (!existsSync(suite + '.js')) {
  console.error(`${suite}.js is missing: run \`npm run build\` first.`);
  process.exit(2);
}

const { runTests } = await import('@vscode/test-electron');
try {
  const code = await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suite,
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions stay out; the one under development still loads
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
    extensionTestsEnv: { NEWS_LENS_TEST_GREP: process.env.NEWS_LENS_TEST_GREP ?? '' },
  });
  process.exit(code);
} catch (err) {
  console.error('Integration tests failed:', err instanceof Error ? err.message : err);
  process.exit(1);
}
