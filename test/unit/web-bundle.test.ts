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
  for (const m of source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) found.add(m[1]);
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
