import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analysis';
import { toArticleJson } from '../../src/core/json';
import { readFixture } from './helpers';

// The JSON contract of `news-lens analyze --json` (README), on the real analysis of fixtures.
describe('the JSON of an analysis', () => {
  const text = readFixture('articles', 'ar-summit-seedlike.news');
  const analysis = analyzeArticle(text);
  const json = toArticleJson('summit.news', analysis);

  it('has exactly the documented fields, in order', () => {
    assert.deepEqual(Object.keys(json), ['file', 'language', 'isArticle', 'blocks', 'sections', 'quotes', 'entities']);
    assert.equal(json.file, 'summit.news');
    assert.equal(json.language, 'ar');
    assert.equal(json.isArticle, true);
  });

  it('gives each block its kind, offsets, line and text as written', () => {
    assert.equal(json.blocks.length, analysis.blocks.length);
    for (const b of json.blocks) {
      assert.deepEqual(Object.keys(b).slice(0, 5), ['kind', 'start', 'end', 'line', 'text']);
      assert.equal(b.text, text.slice(b.start, b.end));
      assert.equal(b.line, text.slice(0, b.start).split('\n').length);
    }
  });

  it('writes a dateline only on the block that has one', () => {
    const withDateline = json.blocks.filter((b) => 'dateline' in b);
    assert.deepEqual(withDateline.map((b) => b.kind), ['dateline']);
    assert.equal(withDateline[0].dateline?.source, 'إيلاف');
  });

  it('puts a section heading first among its blocks, and the opening has no name', () => {
    assert.deepEqual(json.sections.map((s) => s.name), ['', 'الطاقة أولًا', 'ردود الفعل']);
    assert.equal(json.sections[0].blocks[0].kind, 'lead');
    for (const s of json.sections.slice(1)) assert.equal(s.blocks[0].kind, 'heading');
    const inSections = json.sections.reduce((n, s) => n + s.blocks.length, 0);
    assert.equal(inSections, json.blocks.length);
  });

  it('passes quotes and entities through unchanged, and survives a JSON round trip', () => {
    assert.deepEqual(json.quotes, analysis.quotes);
    assert.deepEqual(json.entities, analysis.entities);
    assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
  });

  it('is well formed for an empty text and for English', () => {
    const empty = toArticleJson('empty.txt', analyzeArticle(''));
    assert.deepEqual([empty.blocks, empty.quotes, empty.entities], [[], [], []]);
    const english = toArticleJson('en.txt', analyzeArticle(readFixture('articles', 'en-london-reuters.txt')));
    assert.equal(english.language, 'en');
    assert.ok(english.entities.length > 0);
  });
});
