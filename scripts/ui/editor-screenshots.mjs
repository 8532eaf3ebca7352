#!/usr/bin/env node
// UI test + screenshots of the editor experience in the real VS Code host (headless Chromium):
// opens an Arabic article, checks that names and quotes are painted, shows the Outline and the
// Entities view, hovers a name, and saves PNGs to docs/screenshots/ in the light and dark themes.
//
//   npm run build && node scripts/ui/editor-screenshots.mjs [--theme light|dark] [--out DIR]
//
// Exit code 0 when every check passed. About 15 s per theme. Not part of `npm test` (it renders
// a whole workbench twice); the same behaviours are asserted in the integration suite.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../host/install.mjs';
import { focusOutline, runCommand, withWorkbench, wordBox } from '../host/screenshot.mjs';

const ARTICLE = join(ROOT, 'test', 'fixtures', 'articles', 'ar-summit-seedlike.news');
/** Putin as the speaker of the article's first quotation: his card lists what he said. */
const HOVERED = { word: 'بوتين', line: 'وقال بوتين' };

const { values } = parseArgs({ options: { theme: { type: 'string', multiple: true }, out: { type: 'string' } } });
const themes = values.theme ?? ['light', 'dark'];
const outDir = resolve(values.out ?? join(ROOT, 'docs', 'screenshots'));
mkdirSync(outDir, { recursive: true });
if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js missing: npm run build');

const failures = [];
function check(ok, what) {
  console.log(`${ok ? '✔' : '✘'} ${what}`);
  if (!ok) failures.push(what);
}

/**
 * The bottom-border colours of the decorations painted behind the text. Names are drawn in
 * the overlay layer (a border in their type's colour), never as a text colour, so Arabic lines
 * keep their reading order (see src/vscode/decoration-styles.ts).
 */
async function overlayBorderColours(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.part.editor .view-overlays div[class*="ced-"]')]
      .map((d) => getComputedStyle(d))
      // Suggested names are dashed, confirmed ones solid.
      .filter((st) => (st.borderBottomStyle === 'solid' || st.borderBottomStyle === 'dashed') && parseFloat(st.borderBottomWidth) > 0)
      .map((st) => st.borderBottomColor),
  );
}

/**
 * Hovers `word` inside `line`'s text, moving within it until the hover shows (the editor asks
 * providers again only when the mouse moves) and its card is complete.
 */
async function hoverName(page, { word, line }, timeout = 15_000) {
  const box = await wordBox(page, word, line);
  if (!box) throw new Error(`"${word}" on the line with "${line}" is not visible`);
  const hover = page.locator('.part.editor .monaco-hover:not(.hidden)').first();
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    await page.mouse.move(box.x, box.y + 4 * box.h);
    await page.mouse.move(box.x - 2, box.y);
    await page.mouse.move(box.x + 2, box.y, { steps: 2 });
    try {
      await hover.waitFor({ state: 'visible', timeout: 1000 });
      await page.waitForFunction(() => /Mentions/.test(document.querySelector('.part.editor .monaco-hover:not(.hidden)')?.textContent ?? ''), null, { timeout: 2000 });
      // The hover fades in: wait for its animations to finish, or the picture shows it half transparent.
      await hover.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
      await page.waitForFunction(() => {
        const el = document.querySelector('.part.editor .monaco-hover:not(.hidden)');
        for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1) return false;
        return !!el;
      }, null, { timeout: 2000 });
      return (await hover.innerText()).trim();
    } catch {
      /* not yet: move again */
    }
  }
  return '';
}

async function shoot(theme) {
  await withWorkbench({ file: ARTICLE, theme, size: [1440, 900], quiet: true }, async ({ page }) => {
    // Decorations arrive as `ced-…` overlay elements behind the text once the extension painted.
    await page.waitForFunction(() => document.querySelector('.part.editor .view-overlays div[class*="ced-"]') !== null, null, { timeout: 30_000 });
    const borders = new Set(await overlayBorderColours(page));
    check(borders.size >= 3, `${theme}: names underlined in at least three type colours (${[...borders].join(', ')})`);
    const runs = await page.evaluate(() => {
      const row = [...document.querySelectorAll('.part.editor .view-lines .view-line')].find((r) => r.textContent.includes('اختتمت'));
      return row ? row.querySelectorAll('span[style*="isolate"]').length : -1;
    });
    check(runs === 1, `${theme}: the first Arabic line is one bidi run, so it reads right to left (${runs})`);

    const outlineRows = await focusOutline(page);
    check(outlineRows.some((r) => r.includes('الطاقة أولًا')), `${theme}: the Outline lists the sections`);
    let hover = await hoverName(page, HOVERED);
    check(/Person/.test(hover) && /Vladimir Putin/.test(hover), `${theme}: the hover card names the person (${hover.split('\n')[0]})`);
    check(/Quotes: [1-9]/.test(hover), `${theme}: the hover card lists quotes`);
    const outlineShot = join(outDir, `outline-hover-ar-${theme}.png`);
    await page.screenshot({ path: outlineShot });
    console.log(`  saved ${outlineShot}`);
    if (theme === 'light') copyFileSync(outlineShot, join(outDir, 'outline-ar.png')); // the README's picture

    await page.mouse.move(5, 5);
    await runCommand(page, 'News Lens: Show Entities');
    const rows = page.locator('.pane-body .monaco-list-row');
    await page.locator('.pane-body .monaco-list-row', { hasText: 'People' }).first().waitFor({ timeout: 15_000 });
    // Expand the first person so the picture shows mentions and quotes too.
    // (The twistie: a click on the label runs the item's reveal command instead.)
    await page.locator('.pane-body .monaco-list-row', { hasText: 'بوتين' }).first().locator('.monaco-tl-twistie').click();
    await page.locator('.pane-body .monaco-list-row[aria-level="3"]').first().waitFor({ timeout: 10_000 });
    const entityRows = await rows.allInnerTexts();
    check(entityRows.some((r) => r.includes('People')) && entityRows.some((r) => r.includes('Places')), `${theme}: the Entities view groups names by type`);
    hover = await hoverName(page, HOVERED);
    check(hover.length > 0, `${theme}: hover shown beside the Entities view`);
    const status = await page.locator('.part.statusbar', { hasText: 'Arabic' }).count();
    check(status > 0, `${theme}: the status bar shows the article's language`);
    const viewShot = join(outDir, `entities-view-ar-${theme}.png`);
    await page.screenshot({ path: viewShot });
    console.log(`  saved ${viewShot}`);
  });
}

for (const theme of themes) await shoot(theme);
if (failures.length > 0) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('all UI checks passed');
