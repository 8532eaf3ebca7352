#!/usr/bin/env node
// `npm start` (after `npm run build`): opens an Arabic sample article, in the `samples/` folder,
// with News Lens loaded as the extension under development.
//  - Desktop VS Code on PATH (`code`): `code --extensionDevelopmentPath=<root> samples samples/ar-summit.news`.
//  - Otherwise (or with NEWS_LENS_START_WEB=1): the real VS Code from .vscode-host (installed on the
//    first run), served on 127.0.0.1; open the printed URL in a browser. Ctrl-C stops it.
//    NEWS_LENS_PORT=8080 picks the port (default: a free one).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureHost, hostInstalled, ROOT } from './install.mjs';
import { startHost } from './server.mjs';

const SAMPLES = join(ROOT, 'samples');
// The richest sample: dateline, sections, a caption, names with short forms, quotes with speakers.
const ARTICLE = join(SAMPLES, 'ar-summit.news');

if (!existsSync(ARTICLE)) {
  console.error(`${relative(ROOT, ARTICLE)} is missing: restore it with \`git checkout -- samples\`.`);
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist', 'extension.js'))) {
  console.error('dist/extension.js is missing: run `npm run build` first (npm start does).');
  process.exit(2);
}

const hasDesktopCode = !process.env.NEWS_LENS_START_WEB && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;

if (hasDesktopCode) {
  const args = [`--extensionDevelopmentPath=${ROOT}`, SAMPLES, ARTICLE];
  console.log(`$ code ${args.join(' ')}`);
  const child = spawn('code', args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!hostInstalled()) {
    console.log('First run: installing the VS Code test host into .vscode-host/ (about a minute, about 300 MB on disk).');
    console.log('Later runs start in a second. Desktop VS Code users can skip this by putting `code` on the PATH.\n');
  }
  ensureHost();
  const host = await startHost({ port: process.env.NEWS_LENS_PORT ? Number(process.env.NEWS_LENS_PORT) : undefined });
  const url = host.workbenchUrl({ folder: SAMPLES, openFile: ARTICLE, extensionDevelopmentPath: ROOT });
  console.log('\nNews Lens in VS Code (browser): open this URL\n');
  console.log(`  ${url}\n`);
  console.log(`(the VS Code server listens on 127.0.0.1:${host.port} only; forward the port to reach it from elsewhere.`);
  console.log(' After `npm run build`, reload the page to pick up the new extension. Ctrl-C stops the server.)');
  let stopping = false;
  const stop = async (sig) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${sig}: stopping the VS Code server...`);
    await host.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // Keep the process alive until a signal arrives.
  setInterval(() => {}, 1 << 30);
}
