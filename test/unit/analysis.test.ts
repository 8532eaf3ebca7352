import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analysis';
import { readFixture } from './helpers';

describe('the whole analysis', () => {
  const text = readFixture('articles', 'ar-summit-seedlike.news');

  it('finds names and quotations by default', () => {
    const a = analyzeArticle(text);
    assert.equal(a.deep, true);
    assert.ok(a.entities.length > 0 && a.quotes.length > 0);
  });

  it('keeps only the structure of a text over the size limit', () => {
    const a = analyzeArticle(text, { maxDeepLength: text.length - 1 });
    assert.equal(a.deep, false);
    assert.deepEqual([a.entities, a.quotes], [[], []]);
    assert.deepEqual(a.blocks, analyzeArticle(text).blocks);
  });

  it('links every speech speaker to an entity id that exists', () => {
    const a = analyzeArticle(text);
    const ids = new Set(a.entities.map((e) => e.id));
    for (const q of a.quotes) if (q.speaker?.entity) assert.ok(ids.has(q.speaker.entity), q.speaker.entity);
  });
});
