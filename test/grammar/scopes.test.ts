import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { IGrammar } from 'vscode-textmate';
import { scopeCases } from './scope-cases';
import { fixturesDir, hasScope, loadGrammar, RTL_SCOPE, tokenizeDocument, TokenizedLine } from './support';

describe('news-article grammar: scopes', () => {
  let grammar: IGrammar;
  const docs = new Map<string, TokenizedLine[]>();

  before(async () => {
    grammar = await loadGrammar();
  });

  function doc(fixture: string): TokenizedLine[] {
    let lines = docs.get(fixture);
    if (!lines) {
      lines = tokenizeDocument(grammar, fs.readFileSync(path.join(fixturesDir, fixture), 'utf8'));
      docs.set(fixture, lines);
    }
    return lines;
  }

  for (const c of scopeCases) {
    const label = `${path.basename(c.fixture)}: ${JSON.stringify(c.at)} in ${JSON.stringify(c.line.slice(0, 30))}` +
      (c.has?.length ? ` has ${c.has.join(', ')}` : '') + (c.not?.length ? ` not ${c.not.join(', ')}` : '');
    it(label, () => {
      const line = doc(c.fixture).find((l) => l.text.includes(c.line));
      assert.ok(line, `no line containing ${JSON.stringify(c.line)} in ${c.fixture}`);
      const start = line.text.indexOf(c.at);
      assert.ok(start >= 0, `${JSON.stringify(c.at)} not found in ${JSON.stringify(line.text)}`);
      for (let i = start; i < start + c.at.length; i++) {
        const tok = line.tokens.find((t) => t.startIndex <= i && i < t.endIndex);
        assert.ok(tok, `no token at offset ${i}`);
        const where = `at offset ${i} (${JSON.stringify(line.text[i])}), token ${JSON.stringify(line.text.slice(tok.startIndex, tok.endIndex))} scopes [${tok.scopes.join(' ')}]`;
        for (const s of c.has ?? []) assert.ok(hasScope(tok.scopes, s), `missing ${s} ${where}`);
        for (const s of c.not ?? []) assert.ok(!hasScope(tok.scopes, s), `unexpected ${s} ${where}`);
      }
    });
  }

  it('uses the text.news-article root scope on every token', () => {
    for (const fixture of new Set(scopeCases.map((c) => c.fixture))) {
      for (const line of doc(fixture)) for (const t of line.tokens) assert.strictEqual(t.scopes[0], 'text.news-article');
    }
  });

  it('gives an Arabic body paragraph one token whose only scope beyond the root is the uncoloured rtl scope', () => {
    const lines = doc('ar-lines.news');
    const body = lines.find((l) => l.text.startsWith('وهذا سطر جديد'));
    assert.ok(body);
    assert.deepStrictEqual(body.tokens.map((t) => t.scopes), [['text.news-article', RTL_SCOPE]]);
  });

  it('gives a plain English body paragraph no scope beyond the root', () => {
    const lines = doc('en-lines.txt');
    const body = lines.find((l) => l.text.startsWith('Ms Hart said'));
    assert.ok(body);
    assert.deepStrictEqual(body.tokens[0].scopes, ['text.news-article']);
  });
});
