#!/usr/bin/env node
// Packages the extension as a VSIX the way a user gets it, installs it into a fresh extensions dir
// of the real VS Code host (the server's --install-extension), starts the host WITHOUT
// extensionDevelopmentPath and checks that the installed extension works: a .news file opens as
// "News Article" and the Outline view shows rows. Before that, it checks what the VSIX holds: the
// user's README, CHANGELOG and LICENSE, no source maps and no sourceMappingURL without its map, and
// README images that resolve.
//
//   npm run build && node scripts/host/vsix-check.mjs [--keep] [--screenshot out.png]
// Exit 0 when all checks pass.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { ensureHost, ROOT } from './install.mjs';
import { installExtension } from './server.mjs';
import { withWorkbench, focusOutline, statusInfo } from './screenshot.mjs';
import { readZipEntries } from './zip-entries.mjs';

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

/** What a Marketplace user gets: the documents, no source maps, README images that resolve. */
function checkContents(entries) {
  const names = [...entries.keys()];
  for (const doc of ['extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt', 'extension/package.json']) {
    check(`the VSIX holds ${doc.replace('extension/', '')}`, entries.has(doc));
  }
  const maps = names.filter((n) => n.endsWith('.map'));
  check('no .map files', maps.length === 0, maps.join(', '));
  const dangling = [];
  for (const [name, data] of entries) {
    if (!/\.(c|m)?js$/.test(name)) continue;
    for (const m of data.toString('utf8').matchAll(/[#@] sourceMappingURL=(\S+)/g)) {
      if (m[1].startsWith('data:')) continue;
      if (!entries.has(posix.join(posix.dirname(name), m[1]))) dangling.push(`${name} → ${m[1]}`);
    }
  }
  check('no sourceMappingURL without its map', dangling.length === 0, dangling.join(', '));

  // vsce rewrites relative README links against package.json's repository (…/raw/HEAD/<path> for
  // images); such an image resolves once the repository holds <path>, so it must exist here.
  const readme = entries.get('extension/readme.md')?.toString('utf8') ?? '';
  const repo = String(pkg.repository?.url ?? pkg.repository ?? '').replace(/\.git$/, '');
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]);
  const broken = images.filter((src) => {
    if (src.startsWith(`${repo}/raw/HEAD/`)) return !existsSync(join(ROOT, src.slice(`${repo}/raw/HEAD/`.length)));
    if (src.startsWith('https://')) return false; // elsewhere on the web: not checked offline
    return !entries.has(posix.join('extension', src)); // relative: must ship
  });
  check('README images are in the repository or the VSIX', images.length > 0 && broken.length === 0, broken.join(', ') || `${images.length} image(s)`);
  check('the README does not point into the developers\' data folder', !readme.includes('../shared'));
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js missing: run `npm run build` first');
  const tmp = mkdtempSync(join(tmpdir(), 'news-lens-vsix-'));
  try {
    const vsix = join(tmp, 'news-lens.vsix');
    // The same flags as `npm run package`. vsce lists every file it packs; that listing is only shown on failure.
    const vsceArgs = ['vsce', 'package', '--no-dependencies', '-o', vsix];
    try {
      execFileSync('npx', ['--no-install', ...vsceArgs], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (e) {
      console.error(`$ npx ${vsceArgs.join(' ')}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
      throw new Error(`vsce package failed (exit ${e.status})`);
    }
    const entries = readZipEntries(vsix);
    const unpacked = [...entries.values()].reduce((n, b) => n + b.length, 0);
    check('vsce packaged the VSIX', existsSync(vsix), `${entries.size} files, ${(statSync(vsix).size / 1024).toFixed(0)} KB (${(unpacked / 1024).toFixed(0)} KB unpacked)`);
    checkContents(entries);

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
