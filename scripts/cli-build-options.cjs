// The esbuild options of the `news-lens` command line, shared by scripts/build.mjs and
// test/unit/cli.test.ts (which bundles the current sources the same way, version included).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** `root` is the repository; the version comes from its package.json at build time. */
function cliBuildOptions(root, outfile) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    banner: { js: '#!/usr/bin/env node' },
    define: { NEWS_LENS_VERSION: JSON.stringify(version) },
  };
}

module.exports = { cliBuildOptions };
