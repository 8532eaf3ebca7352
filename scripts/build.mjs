// Bundles everything with esbuild:
//   dist/extension.js        the extension for the Node extension host
//   dist/web/extension.js    the same extension for a browser web worker (vscode.dev)
//   dist/cli.js              the `news-lens` command line
//   dist/scripts/*.js        train / eval / bench
//   dist/test/integration/   the Mocha suite run inside a real VS Code
import { build } from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: true, target: 'es2022', logLevel: 'warning', legalComments: 'none' };
// The two extension bundles ship in the VSIX, which holds no .map files (.vscodeignore): no source map
// and so no sourceMappingURL comment pointing at a missing file. They are not minified, so stack traces
// stay readable. The CLI, scripts and tests keep their maps.
const shipped = { ...common, sourcemap: false };

function entriesIn(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f));
}

const builds = [
  { ...shipped, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  {
    ...shipped,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: entriesIn('scripts/tasks', '.ts'),
    outdir: 'dist/scripts',
    platform: 'node',
    format: 'cjs',
  },
  {
    ...common,
    entryPoints: entriesIn('test/integration', '.ts'),
    outdir: 'dist/test/integration',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha'],
  },
].filter((b) => b.entryPoints.length > 0);

await Promise.all(builds.map((b) => build(b)));
if (watch) console.log('watch mode is not supported; run the build again');
