#!/usr/bin/env node
// Screenshot of the Corpus view in the real VS Code host (headless Chromium): a temporary
// workspace of generated articles (scripts/bench/corpus.ts), indexed by the extension, with the
// People group and one person expanded to their articles and quotes, and the hover's
// "in N other articles" line. Saves docs/screenshots/corpus-view-ar-<theme>.png.
//
//   npm run build && node scripts/ui/corpus-screenshot.mjs [--theme light|dark] [--out DIR] [--articles N]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../host/install.mjs';
import { hoverWord, runCommand, withWorkbench } from '../host/screenshot.mjs';

const { values } = parseArgs({ options: { theme: { type: 'string', multiple: true }, out: { type: 'string' }, articles: { type: 'string' } } });
const themes = values.theme ?? ['dark'];
const outDir = resolve(values.out ?? join(ROOT, 'docs', 'screenshots'));
const count = Number(values.articles ?? 15);
mkdirSync(outDir, { recursive: true });

/** Writes the generated articles with the sources' own generator (TypeScript, through ts-register). */
function writeCorpus(dir) {
  const script = `const { writeFileSync } = require('node:fs'); const { corpusArticle } = require('./scripts/bench/corpus');
    for (let i = 0; i < ${count}; i++) { const a = corpusArticle(i); writeFileSync(require('node:path').join(${JSON.stringify(dir)}, a.name), a.text); }`;
  const result = spawnSync(process.execPath, ['--require', './scripts/ts-register.cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`writing the corpus failed: ${result.stderr}`);
}

const failures = [];
function check(ok, what) {
  console.log(`${ok ? '✔' : '✘'} ${what}`);
  if (!ok) failures.push(what);
}

for (const theme of themes) {
  const folder = mkdtempSync(join(tmpdir(), 'news-lens-corpus-shot-'));
  try {
    writeCorpus(folder);
    await withWorkbench({ folder, file: join(folder, 'ar-00000.news'), theme, size: [1440, 900], quiet: true }, async ({ page }) => {
      await runCommand(page, 'News Lens: Focus on Corpus View');
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Corpus/i }) });
      const row = (text) => pane.locator('.monaco-list-row', { hasText: text }).first();
      // The view's description counts the indexed articles: wait until all are in.
      await page.waitForFunction((n) => [...document.querySelectorAll('.pane-header')].some((h) => h.textContent.includes(`${n} articles`)), count, { timeout: 120_000 });
      // Give the Corpus view the side bar's height: collapse the Entities view above it.
      const entities = page.locator('.pane-header[aria-expanded="true"]', { hasText: /^Entities/i });
      if (await entities.count()) await entities.first().click();
      await row('People').waitFor({ timeout: 15_000 });
      await row('People').locator('.monaco-tl-twistie').click();
      await row('فلاديمير بوتين').waitFor({ timeout: 10_000 });
      await row('فلاديمير بوتين').locator('.monaco-tl-twistie').click();
      await pane.locator('.monaco-list-row[aria-level="3"]').first().waitFor({ timeout: 10_000 });
      const rows = await pane.locator('.monaco-list-row').allInnerTexts();
      check(rows.some((r) => /articles/.test(r)), `${theme}: entities show their article counts`);
      check(rows.some((r) => r.includes('ar-0')), `${theme}: a person expands to the articles naming them`);
      check(rows.some((r) => r.includes('«')), `${theme}: and to their quotes`);
      const hover = await hoverWord(page, 'أنقرة'); // a place: its card is short enough to show the corpus line too
      check(/other articles/.test(hover), `${theme}: the hover says in how many other articles the name is (${hover.split('\n').pop()})`);
      const out = join(outDir, `corpus-view-ar-${theme}.png`);
      await page.screenshot({ path: out });
      console.log(`  saved ${out}`);
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
if (failures.length > 0) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
