#!/usr/bin/env node
// Packages the extension as a VSIX the way a user gets it, installs it into a fresh extensions dir
// of the real VS Code host (the server's --install-extension), starts the host WITHOUT
// extensionDevelopmentPath and checks that the installed extension works: a .news file opens as
// "News Article" and the Outline view shows rows.
//
//   npm run build && node scripts/host/vsix-check.mjs [--keep] [--screenshot out.png]
// Exit 0 when all checks pass.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureHost, ROOT } from './install.mjs';
import { installExtension } from './server.mjs';
import { withWorkbench, focusOutline, statusInfo } from './screenshot.mjs';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const shotIdx = args.indexOf('--screenshot');
const shot = shotIdx >= 0 ? args[shotIdx + 1] : undefined;
const FILE = join(ROOT, 'test', 'fixtures', 'articles', 'ar-summit-seedlike.news');

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const extId = `${pkg.publisher}.${pkg.name}`.toLowerCase();
const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '  ✔' : '  ✘'} ${name}${detail ? `: ${detail}` : ''}`);
};

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js missing: run `npm run build` first');
  const tmp = mkdtempSync(join(tmpdir(), 'news-lens-vsix-'));
  try {
    const vsix = join(tmp, 'news-lens.vsix');
    // The same flags as `npm run package`: no repository is published yet, so README links stay relative.
    const vsceArgs = ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix];
    console.log(`$ npx ${vsceArgs.join(' ')}`);
    execFileSync('npx', ['--no-install', ...vsceArgs], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    check('vsce packaged the VSIX', existsSync(vsix), `${(statSync(vsix).size / 1024).toFixed(0)} KB`);

    ensureHost();
    const extDir = join(tmp, 'extensions');
    const out = installExtension(vsix, extDir);
    const installed = readdirSync(extDir).filter((d) => d.toLowerCase().startsWith(extId + '-'));
    check('--install-extension installed it', installed.length === 1, installed.join(', ') || out.trim());

    await withWorkbench({ file: FILE, installed: extDir, quiet: true, skipInstall: true }, async ({ page }) => {
      const title = await page.title();
      check('no extension development mode', !title.includes('Extension Development Host'), title);
      await page.waitForFunction(() => document.querySelector('#status\\.editor\\.mode')?.textContent?.includes('News Article'), null, { timeout: 20_000 }).catch(() => {});
      const { languageMode } = await statusInfo(page);
      check('a .news file opens as News Article', languageMode === 'News Article', languageMode);
      const rows = await focusOutline(page, 20_000);
      check('the Outline view shows the article with its sections', rows.some((r) => r.includes('الطاقة أولًا')), `${rows.length} row(s)${rows[0] ? `, first: ${JSON.stringify(rows[0])}` : ''}`);
      if (shot) {
        await page.screenshot({ path: shot });
        console.log(`[vsix-check] screenshot: ${shot}`);
      }
    });
  } finally {
    if (keep) console.log(`[vsix-check] kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => {
    const failed = results.filter((r) => !r).length;
    console.log(`${results.length - failed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  },
  (e) => {
    console.error('[vsix-check] error:', e?.message ?? e);
    console.log(`${results.filter(Boolean).length} passed, ${results.filter((r) => !r).length + 1} failed`);
    process.exit(1);
  },
);
