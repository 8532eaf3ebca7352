import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { IGrammar } from 'vscode-textmate';
import { corpusFiles, fixturesDir, loadGrammar, samplesDir, tokenizeDocument, wordSplits, LINE_TIME_LIMIT_MS } from './support';

// Token boundaries inside an Arabic word break letter joining and cursor movement in the editor, and
// an ordinary article line must never hit the tokenizer's time limit.

function listDir(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /\.(txt|news|article)$/.test(f)).map((f) => path.join(dir, f));
}

describe('news-article grammar: Arabic words stay whole, lines finish in time', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  const own = [...listDir(fixturesDir), ...listDir(samplesDir)];
  it('has fixtures and samples to check', () => {
    assert.ok(own.length >= 5, `only ${own.length} files`);
  });

  for (const file of own) {
    it(`${path.relative(path.resolve(fixturesDir, '..', '..', '..'), file)}: no token boundary between two Arabic letters, no early stop`, () => {
      const lines = tokenizeDocument(grammar, fs.readFileSync(file, 'utf8'), LINE_TIME_LIMIT_MS);
      lines.forEach((line, n) => {
        assert.strictEqual(line.stoppedEarly, false, `line ${n + 1} stopped early`);
        const splits = wordSplits(line);
        assert.deepStrictEqual(splits, [], `line ${n + 1} splits a word at ${splits.map((i) => JSON.stringify(line.text.slice(Math.max(0, i - 8), i) + '|' + line.text.slice(i, i + 8))).join(', ')}`);
      });
    });
  }

  it('the shared corpus (when present next to the repo): no split words, no early stop', function () {
    const files = corpusFiles();
    if (files.length === 0) this.skip();
    this.timeout(60_000);
    const problems: string[] = [];
    for (const file of files) {
      const lines = tokenizeDocument(grammar, fs.readFileSync(file, 'utf8'), LINE_TIME_LIMIT_MS);
      lines.forEach((line, n) => {
        if (line.stoppedEarly) problems.push(`${path.basename(file)}:${n + 1} stopped early`);
        for (const i of wordSplits(line)) problems.push(`${path.basename(file)}:${n + 1} splits a word at ${i}`);
      });
    }
    assert.deepStrictEqual(problems, []);
  });

  it('checks boundaries in quotes, numbers and artefacts next to Arabic letters', () => {
    const text = 'فـ"كلمة"وكلمة بـ«نص»و بـ20 و2011م كلمة&nbsp;كلمة‏كلمة؜كلمة ــــ كلمة الســـلام مرصّعًا ٣٫٥٪';
    const [line] = tokenizeDocument(grammar, text);
    assert.ok(line.tokens.length > 5, 'expected several tokens');
    assert.deepStrictEqual(wordSplits(line), []);
  });
});
