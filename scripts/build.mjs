// Bundles everything with esbuild:
//   dist/extension.js        the extension for the Node extension host (no analysis code: it runs in the worker)
//   dist/web/extension.js    the same extension for the browser's Web Worker extension host (vscode.dev)
//   dist/worker.js           the analysis worker with the models: a Node worker thread on desktop, a Web Worker in the browser
//   dist/cli.js              the `news-lens` command line (also the script of its `analyze --jobs` worker threads)
//   dist/scripts/*.js        train / eval / bench
//   dist/test/integration/   the Mocha suite run inside a real VS Code (Node extension host)
//   dist/test/web/           the Mocha suite run in its browser web worker extension host
import { build } from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cliBuildOptions } from './cli-build-options.cjs';

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

/**
 * The web suite (test/web) for the web worker extension host: one browser bundle, since that host
 * loads a single CommonJS file whose `require` knows only 'vscode'. Its entry imports the Mocha
 * setup first (it defines describe/it), then every *.test.ts, then re-exports run(). Plus the
 * worker script the nested-worker test starts, as a classic script (a worker's importScripts).
 */
function webSuite() {
  const tests = entriesIn('test/web', '.test.ts').map((f) => basename(f, '.ts')).sort();
  if (tests.length === 0) return [];
  const contents = ["import './mocha-setup';", ...tests.map((t) => `import './${t}';`), "export { run } from './index';"].join('\n');
  const browser = { ...common, platform: 'browser', mainFields: ['browser', 'module', 'main'] };
  return [
    {
      ...browser,
      stdin: { contents, resolveDir: 'test/web', sourcefile: 'web-suite-entry.ts', loader: 'ts' },
      outfile: 'dist/test/web/index.js',
      format: 'cjs',
      external: ['vscode'],
      // mocha/mocha.js is a UMD file in a "type": "module" package, so esbuild inlines it unwrapped and its
      // `module.exports = factory()` would replace this bundle's exports (VS Code would then call mocha.run
      // instead of ours). Without module/exports it takes its browser branch: globalThis.mocha.
      define: { module: 'undefined', exports: 'undefined' },
    },
    { ...browser, entryPoints: ['test/web/echo-worker.ts'], outfile: 'dist/test/web/echo-worker.js', format: 'iife' },
  ];
}

const builds = [
  { ...shipped, entryPoints: ['src/extension-node.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  {
    ...shipped,
    entryPoints: ['src/extension-web.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
  },
  {
    // One file for both hosts, so the models ship once: it finds Node's worker_threads at run time.
    ...shipped,
    entryPoints: ['src/worker/main.ts'],
    outfile: 'dist/worker.js',
    platform: 'browser',
    format: 'iife',
    external: ['node:worker_threads'],
  },
  { ...common, ...cliBuildOptions('.', 'dist/cli.js') },
  {
    ...common,
    entryPoints: entriesIn('scripts/tasks', '.ts'),
    outdir: 'dist/scripts',
    platform: 'node',
    format: 'cjs',
  },
  {
    ...common,
    entryPoints: [...entriesIn('test/integration', '.ts'), ...entriesIn('test/host-bench', '.ts')],
    outbase: 'test',
    outdir: 'dist/test',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha'],
  },
  ...webSuite(),
].filter((b) => (b.entryPoints ?? [b.stdin]).length > 0);

await Promise.all(builds.map((b) => build(b)));
if (watch) console.log('watch mode is not supported; run the build again');
