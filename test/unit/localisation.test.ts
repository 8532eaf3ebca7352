import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;

/** Every `vscode.l10n.t('…')` / `l10n.t("…")` message written in the extension's sources. */
function runtimeMessages(): Set<string> {
  const messages = new Set<string>();
  const dir = join(ROOT, 'src', 'vscode');
  const files = [join(ROOT, 'src', 'extension.ts'), ...readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f))];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) messages.add(m[2].replace(/\\(['"`\\])/g, '$1'));
  }
  return messages;
}

describe('localisation', () => {
  it('translates every runtime message into Arabic', () => {
    const arabic = readJson('l10n/bundle.l10n.ar.json');
    const messages = runtimeMessages();
    assert.ok(messages.size > 10, `only ${messages.size} messages found: is the pattern right?`);
    const missing = [...messages].filter((m) => typeof arabic[m] !== 'string');
    assert.deepEqual(missing, []);
  });

  it('keeps the placeholders of each message in its translation', () => {
    const arabic = readJson('l10n/bundle.l10n.ar.json') as Record<string, string>;
    for (const [english, translated] of Object.entries(arabic)) {
      const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
      assert.equal(holes(translated), holes(english), english);
    }
  });

  it('has every %key% of package.json in English and Arabic', () => {
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    for (const file of ['package.nls.json', 'package.nls.ar.json']) {
      const nls = readJson(file);
      assert.deepEqual(keys.filter((k) => typeof nls[k] !== 'string'), [], file);
    }
  });
});
