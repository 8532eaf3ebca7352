#!/usr/bin/env node
// Screenshots of News Lens in the real VS Code host (browser-served, headless Chromium).
//
// CLI:
//   node scripts/host/screenshot.mjs --file samples/ar-summit.news --out /tmp/shot.png
//       [--folder DIR]            workspace folder (default: the file's folder)
//       [--theme light|dark|NAME] light = Default Light Modern, dark = Default Dark Modern
//       [--outline]               run "Explorer: Focus on Outline View" and wait for its rows
//       [--hover WORD]            hover the first occurrence of WORD in the editor, wait for the hover
//       [--installed EXT_DIR]     use extensions installed in EXT_DIR instead of the dev folder
//       [--size 1280x800] [--setting key=JSON ...] [--settle MS]
//   Prints a JSON summary (title, language status, outline rows, hover text) on stdout.
//   Build first (`npm run build`); the host is installed if needed.
//
// Module:
//   import { screenshot, withWorkbench } from './screenshot.mjs';
//   const info = await screenshot({ file, out, theme: 'dark', outline: true, hover: 'Reuters' });
//   await withWorkbench({ file }, async ({ page, host }) => { ... });   // your own look
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureHost, ROOT } from './install.mjs';
import { startHost, launchBrowser, waitForWorkbench } from './server.mjs';

export const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern' };

/**
 * Starts a host and a browser, opens `folder` (and `file` in an editor), calls fn({ page, host, browser }),
 * and cleans up. `installed`: an extensions dir with News Lens installed (then no extensionDevelopmentPath).
 */
export async function withWorkbench(o, fn) {
  const file = o.file ? resolve(o.file) : undefined;
  const folder = resolve(o.folder ?? (file ? dirname(file) : ROOT));
  const settings = { ...(o.settings ?? {}) };
  if (o.theme) settings['workbench.colorTheme'] = THEMES[o.theme] ?? o.theme;
  if (!o.skipInstall) ensureHost();
  const host = await startHost({ settings, extensionsDir: o.installed, quiet: o.quiet, verbose: o.verbose });
  let browser;
  try {
    browser = await launchBrowser({ env: host.env });
    const [width, height] = o.size ?? [1280, 800];
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(
      host.workbenchUrl({ folder, openFile: file, extensionDevelopmentPath: o.installed ? undefined : ROOT }),
      { waitUntil: 'domcontentloaded' },
    );
    await waitForWorkbench(page);
    if (o.theme) await waitForTheme(page, THEMES[o.theme] ?? o.theme);
    if (file) await waitForEditor(page, basename(file));
    return await fn({ page, host, browser, file, folder });
  } finally {
    await browser?.close().catch(() => {});
    await host.stop();
  }
}

// The class the workbench element gets for a theme (user settings arrive after the first paint).
const THEME_CLASSES = {
  'Default Dark Modern': 'dark_modern-json',
  'Default Light Modern': 'light_modern-json',
  'Default Dark+': 'dark_plus-json',
  'Default Light+': 'light_plus-json',
  'Default High Contrast': 'hc_black-json',
  'Default High Contrast Light': 'hc_light-json',
};

/** Waits until the workbench shows `themeName` (for the built-in themes; others get a short settle). */
export async function waitForTheme(page, themeName, timeout = 15_000) {
  const cls = THEME_CLASSES[themeName];
  if (!cls) return page.waitForTimeout(1500);
  await page.waitForFunction((c) => document.querySelector('.monaco-workbench')?.className.includes(c), cls, { timeout });
}

/** Waits until an editor tab for `name` is active and its text is rendered. */
export async function waitForEditor(page, name, timeout = 30_000) {
  await page.locator('.part.editor .tab.active', { hasText: name }).first().waitFor({ timeout });
  await page.locator('.part.editor .monaco-editor .view-lines .view-line').first().waitFor({ timeout });
}

/** Runs a command by its title from the command palette (F1). */
export async function runCommand(page, title, timeout = 15_000) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout });
  await input.fill('>' + title);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout });
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout }).catch(() => {});
}

/** Focuses the Outline view and returns its row labels (waits up to `timeout` for at least one row). */
export async function focusOutline(page, timeout = 15_000) {
  await runCommand(page, 'Explorer: Focus on Outline View');
  // Collapse the Explorer's other sections (the folder, Timeline) so the Outline gets the height.
  const others = page.locator('.part.sidebar .pane-header[aria-expanded="true"]').filter({ hasNotText: /outline/i });
  for (let n = await others.count(); n > 0; n--) await others.first().click();
  const rows = page.locator('.outline-pane .monaco-list-row');
  await rows.first().waitFor({ timeout }).catch(() => {});
  return rows.allInnerTexts();
}

/**
 * The on-screen box of `word` where it stands inside the first occurrence of `context` in the
 * editor's text (a DOM Range over the text node, so it works whether or not the word is a
 * separately styled run), or null when it is not visible.
 */
export async function wordBox(page, word, context = word) {
  return page.evaluate(([w, c]) => {
    const root = document.querySelector('.part.editor .editor-instance .monaco-editor .view-lines');
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.replace(/\u00a0/g, ' ');
      const at = text.indexOf(c);
      if (at < 0) continue;
      const start = at + c.indexOf(w);
      const range = document.createRange();
      range.setStart(n, start);
      range.setEnd(n, start + w.length);
      const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, h: r.height };
    }
    return null;
  }, [word, context]);
}

/** Hovers the first occurrence of `word` in the active editor and returns the hover's text ('' if none). */
export async function hoverWord(page, word, timeout = 10_000) {
  const box = await wordBox(page, word);
  if (!box) throw new Error(`"${word}" is not visible in the editor`);
  // The editor asks the hover providers when the mouse rests on a word; a provider that is still starting
  // (an extension activating, a language server) answers nothing, and the editor asks again only after the
  // mouse moves. So: rest on the word, and move within it until a hover shows or the time is up.
  const hover = page.locator('.part.editor .monaco-hover:not(.hidden)').first();
  const deadline = Date.now() + timeout;
  for (let i = 0; Date.now() < deadline; i++) {
    if (i > 0) await page.mouse.move(box.x, box.y + 4 * box.h); // away (an empty spot below), then back
    await page.mouse.move(box.x - 2, box.y);
    await page.waitForTimeout(100);
    await page.mouse.move(box.x + 2, box.y, { steps: 2 });
    try {
      await hover.waitFor({ state: 'visible', timeout: Math.min(1000, Math.max(1, deadline - Date.now())) });
      await page.waitForTimeout(300); // let the hover's content finish rendering
      return (await hover.innerText()).trim();
    } catch {
      /* not yet */
    }
  }
  return '';
}

/** Status bar texts that tell what the extension did (language mode, language status items). */
export async function statusInfo(page) {
  const mode = await page.locator('#status\\.editor\\.mode').innerText().catch(() => '');
  return { languageMode: mode.trim() };
}

/** Takes one screenshot; returns a summary of what was seen. */
export async function screenshot(o) {
  if (!o.out) throw new Error('screenshot: out path required');
  const out = resolve(o.out);
  mkdirSync(dirname(out), { recursive: true });
  return withWorkbench(o, async ({ page }) => {
    const info = { out, title: '', languageMode: '', outlineRows: undefined, hover: undefined };
    if (o.settle ?? 800) await page.waitForTimeout(o.settle ?? 800); // decorations, code lens, status items
    if (o.outline) info.outlineRows = await focusOutline(page);
    if (o.hover) info.hover = await hoverWord(page, o.hover);
    Object.assign(info, await statusInfo(page));
    info.title = await page.title();
    await page.screenshot({ path: out });
    return info;
  });
}

async function cli() {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      folder: { type: 'string' },
      out: { type: 'string' },
      theme: { type: 'string' },
      outline: { type: 'boolean' },
      hover: { type: 'string' },
      installed: { type: 'string' },
      size: { type: 'string' },
      setting: { type: 'string', multiple: true },
      settle: { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.out) {
    console.error('usage: node scripts/host/screenshot.mjs --file F --out PNG [--folder D] [--theme light|dark|NAME] [--outline] [--hover WORD] [--installed EXT_DIR] [--size WxH] [--setting key=JSON]... [--settle MS]');
    process.exit(values.help ? 0 : 2);
  }
  if (values.file && !(existsSync(values.file) && statSync(values.file).isFile())) throw new Error(`no such file: ${values.file}`);
  if (!values.installed && !existsSync(resolve(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js missing: npm run build');
  const settings = {};
  for (const s of values.setting ?? []) {
    const eq = s.indexOf('=');
    const raw = s.slice(eq + 1);
    let v;
    try { v = JSON.parse(raw); } catch { v = raw; }
    settings[s.slice(0, eq)] = v;
  }
  const info = await screenshot({
    file: values.file,
    folder: values.folder,
    out: values.out,
    theme: values.theme,
    outline: values.outline,
    hover: values.hover,
    installed: values.installed,
    size: values.size ? values.size.split('x').map(Number) : undefined,
    settings,
    settle: values.settle ? Number(values.settle) : undefined,
    verbose: values.verbose,
    quiet: true,
  });
  console.log(JSON.stringify(info, null, 2));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli().then(
    () => process.exit(0),
    (e) => {
      console.error('[screenshot] error:', e?.stack ?? e);
      process.exit(1);
    },
  );
}
