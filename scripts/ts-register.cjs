// Lets mocha load the TypeScript unit tests directly: each .ts file is transpiled
// with esbuild (already a dependency) on require. Type-checking is `npm run typecheck`.
const fs = require('fs');
const { transformSync } = require('esbuild');

require.extensions['.ts'] = function loadTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: filename,
  });
  module._compile(code, filename);
};
