// Mocha's browser build: Mocha's Node entry needs fs and path, which the web worker extension host
// does not have. Importing it defines the global `mocha`; setup() then defines describe/it/before...
// as globals, which is why the generated suite entry (scripts/build.mjs) imports this file first.
import 'mocha/mocha';

mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, slow: 5_000 });
