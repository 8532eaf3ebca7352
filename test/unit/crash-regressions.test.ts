import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analysis';
import { parseDateline } from '../../src/core/structure/dateline';

/**
 * Texts that once threw inside the core (issue 9). Each must analyse without throwing, and a
 * dateline candidate never reaches across a line break of any kind.
 */
const CRASHERS: [string, string][] = [
  ['colon two lines down', 'a\nb\nc:'],
  ['line separator before the colon', 'a\u2028b:'],
  ['paragraph separator before the colon', 'a\u2029b:'],
  ['CRLF before the colon', 'a\r\nb:'],
  ['English article with a colon on its third line', 'Headline\n\nFirst line of the story.\nSecond line\nthird: and more words here.'],
  ['Arabic article with a colon on its third line', 'عنوان الخبر\n\nالسطر الأول من الخبر.\nالسطر الثاني\nالثالث: وكلمات أخرى هنا.'],
];

describe('crash regressions', () => {
  for (const [name, text] of CRASHERS) {
    it(`analyses without throwing: ${name}`, () => {
      const analysis = analyzeArticle(text);
      for (const block of analysis.blocks) {
        if (!block.dateline) continue;
        const span = text.slice(block.dateline.start, block.dateline.end);
        assert.doesNotMatch(span, /[\r\n\u2028\u2029]/, `dateline ${JSON.stringify(span)} crosses a line`);
      }
    });
  }

  it('analyses a long run of statement nouns before a quotation and finds the quotation', () => {
    // Each بيان asks for its issuer: the issuer is read one level deep, never once per noun.
    const text = `عنوان\n\nوقال ${'بيان '.repeat(40000)}«نص قصير هنا».`;
    const analysis = analyzeArticle(text);
    assert.equal(analysis.quotes.length, 1);
  });

  it('finds a dateline on the first line of a multi-line paragraph', () => {
    assert.deepEqual(parseDateline('القاهرة - رويترز:\nقال مسؤول'), { start: 0, end: 17, place: 'القاهرة', source: 'رويترز' });
  });

  it('does not take a colon on a later line as a dateline', () => {
    assert.equal(parseDateline('القاهرة\nرويترز: نص'), null);
  });
});
