import * as assert from 'assert';
import * as vsctm from 'vscode-textmate';
import { containsRtl, LINE_TIME_LIMIT_MS, loadGrammar, rtlLineProblems, RTL_SCOPE } from './support';

// Pathological lines must finish quickly (no catastrophic backtracking in Oniguruma, no unbounded
// rule-stack growth). VS Code tokenizes with a time limit; these lines must not even need it.

const LIMIT_MS = 10_000; // generous: on a laptop each case takes well under a second

function arabicSentence(): string {
  return 'وقال الرئيس إن "الاتفاق" سيوقع في 2024 بنسبة ٣٫٥٪ مع «الشركاء» و“الحلفاء”&nbsp; ';
}

const cases: Array<[string, () => string]> = [
  ['a 1 MB line of Arabic prose with quotes, numbers and entities', () => arabicSentence().repeat(Math.ceil(1_000_000 / arabicSentence().length))],
  ['a 1 MB line of one Arabic letter (no spaces)', () => 'ب'.repeat(1_000_000)],
  ['a 1 MB heading-like line (short words, no punctuation)', () => 'كلمة '.repeat(200_000)],
  ['100k ASCII double quotes', () => '"'.repeat(100_000)],
  ['100k guillemets «', () => '«'.repeat(100_000)],
  ['100k curly quotes “', () => '“'.repeat(100_000)],
  ['100k mixed openers «"“', () => '«"“'.repeat(33_334)],
  ['200k ampersands', () => '&'.repeat(200_000)],
  ['100k unterminated entities', () => '&nbsp'.repeat(100_000)],
  ['200k digits then a letter', () => '1'.repeat(200_000) + 'x'],
  ['200k digit-dot pairs then a letter', () => '1.'.repeat(200_000) + 'x'],
  ['200k tatweels', () => 'ـ'.repeat(200_000)],
  ['200k direction marks', () => '\u200f'.repeat(200_000) + 'x'],
  ['a dateline-like prefix that never ends', () => 'كلمة - '.repeat(100_000) + ':'],
  ['a Latin dateline-like prefix that never ends', () => 'LONDON '.repeat(100_000) + '-'],
  ['an unclosed parenthesis after a place name', () => 'القاهرة (' + 'x'.repeat(100_000)],
  ['1 MB of spaces', () => ' '.repeat(1_000_000)],
  // the rtl-line rule looks ahead over the whole line: lines without an RTL letter, or with one only at the end
  ['a 1 MB English line with datelines, quotes, numbers and entities', () => 'LONDON (Reuters) - He said "yes" to 3.5% rises&nbsp;and “no” to «more» '.repeat(14_000)],
  ['1 MB of Latin letters then one Arabic letter', () => 'x'.repeat(1_000_000) + 'ب'],
  ['100k ASCII double quotes then one Arabic letter', () => '"'.repeat(100_000) + 'ب'],
  ['a 1 MB Arabic line ending in & and blanks', () => arabicSentence().repeat(Math.ceil(1_000_000 / arabicSentence().length)) + '&   '],
  ['200k "& " pairs in an Arabic line', () => 'ب' + '& '.repeat(200_000) + 'x'],
];

describe('news-article grammar: performance and robustness', function () {
  this.timeout(120_000);
  let grammar: vsctm.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  for (const [name, make] of cases) {
    for (const position of ['first line', 'later line'] as const) {
      it(`${name} (${position}) tokenizes without stopping early`, () => {
        const text = make();
        let state = vsctm.INITIAL;
        if (position === 'later line') state = grammar.tokenizeLine('سطر سابق.', vsctm.INITIAL).ruleStack;
        const t0 = Date.now();
        const r = grammar.tokenizeLine2(text, state, LIMIT_MS);
        const ms = Date.now() - t0;
        assert.strictEqual(r.stoppedEarly, false, `stopped early after ${ms} ms`);
        assert.ok(ms < LIMIT_MS, `took ${ms} ms`);
        // tokens come in (startIndex, metadata) pairs and must cover the line from offset 0
        assert.ok(r.tokens.length >= 2 && r.tokens[0] === 0);
        // the rule stack does not grow with the number of quote marks
        const next = grammar.tokenizeLine('سطر تالٍ.', r.ruleStack, LIMIT_MS);
        assert.strictEqual(next.stoppedEarly, false);
        assert.deepStrictEqual(next.tokens.map((t) => t.scopes), [['text.news-article', RTL_SCOPE]], 'state leaked into the next line');
        const nextLatin = grammar.tokenizeLine('Next line.', r.ruleStack, LIMIT_MS);
        assert.deepStrictEqual(nextLatin.tokens.map((t) => t.scopes), [['text.news-article']], 'state leaked into the next line');
      });
    }
  }

  for (const [name, make] of cases.filter(([, m]) => containsRtl(m()))) {
    it(`${name}: non-binary tokenizeLine gives one token (plus a trailing &) within the per-line limit of ${LINE_TIME_LIMIT_MS} ms`, () => {
      const text = make();
      for (const state of [vsctm.INITIAL, grammar.tokenizeLine('سطر سابق.', vsctm.INITIAL).ruleStack]) {
        const t0 = Date.now();
        const r = grammar.tokenizeLine(text, state, LINE_TIME_LIMIT_MS);
        const ms = Date.now() - t0;
        assert.strictEqual(r.stoppedEarly, false, `stopped early after ${ms} ms`);
        assert.ok(ms < LINE_TIME_LIMIT_MS, `took ${ms} ms`);
        assert.deepStrictEqual(rtlLineProblems({ text, tokens: r.tokens, stoppedEarly: r.stoppedEarly }), []);
      }
    });
  }

  it('non-binary tokenizeLine also copes with 100k quote marks of each kind', () => {
    for (const ch of ['"', '«', '“']) {
      const r = grammar.tokenizeLine(ch.repeat(100_000), vsctm.INITIAL, LIMIT_MS);
      assert.strictEqual(r.stoppedEarly, false);
      // root + title (3 scopes) + two quote levels + punctuation = 7 at most
      assert.ok(Math.max(...r.tokens.map((t) => t.scopes.length)) <= 8, `scope stack too deep for ${ch}`);
    }
  });
});
