#!/usr/bin/env node
// UI check + screenshot of annotating in the real VS Code host (headless Chromium): an Arabic
// article with a few decisions already in its `.ann` (confirmed names solid, suggestions dashed),
// the caret on a suggested name and the Quick Fix menu open.
//
//   npm run build && node scripts/ui/annotation-screenshots.mjs [--theme light|dark] [--out DIR]
//
// Exit code 0 when every check passed. Not part of `npm test`; the behaviour is asserted in
// test/integration/annotations.test.ts.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../host/install.mjs';
import { withWorkbench, wordBox } from '../host/screenshot.mjs';

const SOURCE = join(ROOT, 'test', 'fixtures', 'articles', 'ar-summit-seedlike.news');
const { values } = parseArgs({ options: { theme: { type: 'string', multiple: true }, out: { type: 'string' } } });
const themes = values.theme ?? ['light'];
const outDir = resolve(values.out ?? join(ROOT, 'docs', 'screenshots'));
mkdirSync(outDir, { recursive: true });

const failures = [];
function check(ok, what) {
  console.log(`${ok ? '✔' : '✘'} ${what}`);
  if (!ok) failures.push(what);
}

/** A `.ann` as a user would leave it: two confirmed names, a place they added, a rejection, a quote with its speaker. */
function annFor(text) {
  const at = (s, from = 0) => {
    const i = text.indexOf(s, from);
    if (i < 0) throw new Error(`${s} not in the article`);
    return [i, i + s.length, s];
  };
  const t = (id, type, [s, e, str]) => `${id}\t${type} ${s} ${e}\t${str}`;
  const putin = at('بوتين', text.indexOf('إيلاف'));
  return [
    t('T1', 'PER', at('فلاديمير بوتين')),
    t('T2', 'PER', putin),
    t('T3', 'LOC', at('بكين')),
    t('T4', 'NotName', at('سيبيريا')),
    t('T5', 'Quote', at('نحن نبني شراكة لا تستهدف أحدًا')),
    'A1\tQuoteKind T5 speech',
    'R1\tSaid Arg1:T5 Arg2:T2',
    'R2\tSameAs Arg1:T2 Arg2:T1',
    '',
  ].join('\n');
}

async function shoot(theme) {
  const folder = mkdtempSync(join(tmpdir(), 'news-lens-annotations-'));
  const file = join(folder, 'قمة-قازان.news');
  copyFileSync(SOURCE, file);
  writeFileSync(join(folder, 'قمة-قازان.ann'), annFor(readFileSync(file, 'utf8')));
  try {
    await withWorkbench({ file, theme, size: [1440, 900], quiet: true }, async ({ page }) => {
      await page.waitForFunction(() => document.querySelector('.part.editor .view-overlays div[class*="ced-"]') !== null, null, { timeout: 30_000 });
      const styles = await page.evaluate(() =>
        [...document.querySelectorAll('.part.editor .view-overlays div[class*="ced-"]')].map((d) => getComputedStyle(d).borderBottomStyle),
      );
      check(styles.includes('solid') && styles.includes('dashed'), `${theme}: confirmed names solid and suggestions dashed (${[...new Set(styles)].join(', ')})`);
      // The caret on a suggested name (the city of Kazan), then the Quick Fix menu.
      const box = await wordBox(page, 'قازان', 'مدينة قازان');
      if (!box) throw new Error('قازان is not visible');
      await page.mouse.click(box.x, box.y);
      await page.keyboard.press('Control+Period');
      const menu = page.locator('.action-widget').first();
      await menu.waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForTimeout(300); // the menu's rows finish laying out
      const rows = await menu.innerText();
      check(/Confirm name/.test(rows) && /Not a name/.test(rows) && /Change to Organisation/.test(rows), `${theme}: the Quick Fix menu offers the decisions`);
      const shot = join(outDir, `annotations-quickfix-ar-${theme}.png`);
      await page.screenshot({ path: shot });
      console.log(`  saved ${shot}`);
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

for (const theme of themes) await shoot(theme);
if (failures.length > 0) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('all annotation UI checks passed');
