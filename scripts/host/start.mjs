#!/usr/bin/env node
// `npm start` (after `npm run build`): opens the sample articles in `samples/` with News Lens loaded.
//  - Desktop VS Code on PATH (`code`): `code --extensionDevelopmentPath=<root> samples`.
//  - Otherwise (or with NEWS_LENS_START_WEB=1): the real VS Code from .vscode-host (installed if
//    needed), served on 127.0.0.1; open the printed URL in a browser. Ctrl-C stops it.
//    NEWS_LENS_PORT=8080 picks the port (default: a free one).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureHost, ROOT } from './install.mjs';
import { startHost } from './server.mjs';

const SAMPLES = join(ROOT, 'samples');

if (!existsSync(SAMPLES)) {
  mkdirSync(SAMPLES, { recursive: true });
  writeFileSync(
    join(SAMPLES, 'README.md'),
    '# Sample articles\n\nNews articles (Arabic and English) to try News Lens on with `npm start`.\n',
  );
}
if (!existsSync(join(ROOT, 'dist', 'extension.js'))) {
  console.error('dist/extension.js is missing: run `npm run build` first (npm start does).');
  process.exit(2);
}

const hasDesktopCode = !process.env.NEWS_LENS_START_WEB && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;

if (hasDesktopCode) {
  const args = [`--extensionDevelopmentPath=${ROOT}`, SAMPLES];
  console.log(`$ code ${args.join(' ')}`);
  const child = spawn('code', args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  ensureHost();
  const host = await startHost({ port: process.env.NEWS_LENS_PORT ? Number(process.env.NEWS_LENS_PORT) : undefined });
  const url = host.workbenchUrl({ folder: SAMPLES, extensionDevelopmentPath: ROOT });
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
