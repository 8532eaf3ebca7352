import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle } from '../../src/core/analysis';
import { toArticleJson } from '../../src/core/json';
import { findDataDir } from '../eval/data-dir';

/**
 * A golden-output guard for refactors: the CLI's JSON (`news-lens analyze --json`) of every
 * article in ../shared/data, one line per file, written to a file outside the repository.
 *
 *   node dist/scripts/snapshot.js write FILE     record the baseline (from the code before the change)
 *   node dist/scripts/snapshot.js check FILE     compare with it; exits 1 and names the files that differ
 */
const FOLDERS = ['articles/ar', 'articles/en', 'articles/ar-pool', 'articles/en-pool', 'seed'];

function snapshotLines(dataDir: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const folder of FOLDERS) {
    const dir = join(dataDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const file = `${folder}/${name}`;
      const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
      lines.set(file, JSON.stringify(toArticleJson(file, analyzeArticle(text))));
    }
  }
  return lines;
}

function main(): void {
  const [mode, target] = process.argv.slice(2);
  const dataDir = findDataDir();
  if ((mode !== 'write' && mode !== 'check') || !target || !dataDir) {
    console.error('usage: snapshot write|check FILE (needs ../shared/data or NEWS_LENS_DATA)');
    process.exit(2);
  }
  const t0 = Date.now();
  const now = snapshotLines(dataDir);
  if (mode === 'write') {
    writeFileSync(resolve(target), [...now.values()].join('\n') + '\n');
    console.log(`snapshot: wrote ${now.size} files in ${Date.now() - t0} ms to ${target}`);
    return;
  }
  const before = new Map<string, string>();
  for (const line of readFileSync(resolve(target), 'utf8').split('\n').filter(Boolean)) {
    before.set((JSON.parse(line) as { file: string }).file, line);
  }
  const differ = [...new Set([...before.keys(), ...now.keys()])].filter((f) => before.get(f) !== now.get(f));
  for (const f of differ) console.log(`differs: ${f}`);
  console.log(`snapshot: ${now.size} files, ${differ.length} differ (${Date.now() - t0} ms)`);
  if (differ.length) process.exit(1);
}

main();
