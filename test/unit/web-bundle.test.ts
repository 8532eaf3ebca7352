import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const WEB_BUNDLE = join(ROOT, 'dist', 'web', 'extension.js');

/** Every module name the bundle still loads at run time (esbuild leaves `require("x")` for externals). */
function requiredModules(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/\b(?:__)?require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) found.add(m[1]);
  for (const m of source.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) found.add(m[1]);
  return [...found].sort();
}

describe('The browser bundle (vscode.dev)', function () {
  this.timeout(120_000);
  let source: string;

  before(() => {
    // npm test builds first; a bare `mocha` run may not have.
    if (!existsSync(WEB_BUNDLE)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    source = readFileSync(WEB_BUNDLE, 'utf8');
  });

  it('loads no Node built-in module', () => {
    const node = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const offenders = requiredModules(source).filter((m) => node.has(m) || m.startsWith('node:'));
    assert.deepStrictEqual(offenders, []);
  });

  it('loads nothing but the vscode API', () => {
    assert.deepStrictEqual(requiredModules(source), ['vscode']);
  });

  it('reads no Node globals that a web worker lacks', () => {
    // `process.env` / `__dirname` in the bundle would throw in vscode.dev's worker.
    assert.ok(!/\b__dirname\b|\b__filename\b/.test(source), 'uses __dirname/__filename');
    assert.ok(!/\bprocess\.(cwd|env|platform)\b/.test(source), 'uses process.*');
  });
});

describe('The analysis worker bundle', () => {
  const WORKER = join(ROOT, 'dist', 'worker.js');

  it('is the only bundle of the extension that carries the models', () => {
    if (!existsSync(WORKER)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    const sizes = ['extension.js', join('web', 'extension.js'), 'worker.js'].map((f) => readFileSync(join(ROOT, 'dist', f)).length);
    assert.ok(sizes[0] < 500_000 && sizes[1] < 500_000, `extension bundles of ${sizes[0]} and ${sizes[1]} bytes carry more than the adapters`);
    assert.ok(sizes[2] > 1_000_000, `the worker bundle of ${sizes[2]} bytes lacks the models`);
  });

  it('loads only Node\'s worker_threads, and only when it runs in Node', () => {
    const source = readFileSync(WORKER, 'utf8');
    assert.deepStrictEqual(requiredModules(source), ['node:worker_threads']);
  });
});
