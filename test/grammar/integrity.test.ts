import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { IGrammar } from 'vscode-textmate';
import { containsRtl, corpusFiles, fixturesDir, loadGrammar, rtlLineProblems, samplesDir, tokenizeDocument, wordSplits, LINE_TIME_LIMIT_MS, NO_DATA_SKIP_NOTE } from './support';

// Token boundaries inside an Arabic word break letter joining and cursor movement in the editor, and
// an ordinary article line must never hit the tokenizer's time limit.
//
// A line holding a right-to-left letter must be ONE token, plus at most a trailing & artefact: VS Code's
// line renderer isolates every token part of such a line that holds RTL text and lays the parts out left
// to right in logical order, so an Arabic sentence split into coloured parts reads scrambled (a
// quotation shows to the right of the words that introduce it). A part at the very end is harmless.

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

  const corpus = corpusFiles();
  const corpusNote = corpus.length ? '' : ` ${NO_DATA_SKIP_NOTE}`;
  it(`the evaluation data's articles: no split words, no early stop${corpusNote}`, function () {
    const files = corpus;
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
    assert.strictEqual(line.tokens.length, 1, 'an Arabic line is one token');
    assert.deepStrictEqual(wordSplits(line), []);
  });

  function rtlProblems(file: string): string[] {
    const problems: string[] = [];
    let rtlLines = 0;
    tokenizeDocument(grammar, fs.readFileSync(file, 'utf8'), LINE_TIME_LIMIT_MS).forEach((line, n) => {
      if (!containsRtl(line.text)) return;
      rtlLines++;
      for (const p of rtlLineProblems(line)) problems.push(`${path.basename(file)}:${n + 1}: ${p}`);
    });
    rtlLineCount += rtlLines;
    return problems;
  }
  let rtlLineCount = 0;

  for (const file of own) {
    it(`${path.relative(path.resolve(fixturesDir, '..', '..', '..'), file)}: every line with an RTL letter is one token (plus a trailing &)`, () => {
      assert.deepStrictEqual(rtlProblems(file), []);
    });
  }

  it('the fixtures and samples do hold RTL lines with quotes, numbers, datelines and trailing &', () => {
    const rtl = own.filter((f) => containsRtl(fs.readFileSync(f, 'utf8')));
    assert.ok(rtl.length >= 4, `only ${rtl.length} files with RTL lines`);
    const text = own.map((f) => fs.readFileSync(f, 'utf8')).join('\n').split(/\r\n|\r|\n/).filter(containsRtl).join('\n');
    for (const needle of ['"', '«', '“', '&\n', '&nbsp;', '\u200f', 'إيلاف:', '٣٫٥٪', '2.5%']) assert.ok(text.includes(needle), `no RTL line with ${JSON.stringify(needle)}`);
  });

  it(`the evaluation data's articles: every line with an RTL letter is one token (plus a trailing &)${corpusNote}`, function () {
    const files = corpus;
    if (files.length === 0) this.skip();
    this.timeout(60_000);
    rtlLineCount = 0;
    const problems = files.flatMap(rtlProblems);
    assert.deepStrictEqual(problems.slice(0, 20), [], `${problems.length} problems`);
    assert.ok(rtlLineCount > 100, `expected the corpus to hold Arabic lines, found ${rtlLineCount}`);
  });
});
