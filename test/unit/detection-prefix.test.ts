import { strict as assert } from 'node:assert';
import { analyzeStructure } from '../../src/core/structure';
import { isNewsArticle } from '../../src/core/structure/detect';
import { DETECTION_PREFIX, detectionPrefix } from '../../src/core/structure/detection-prefix';
import { readFixture } from './helpers';

const P = DETECTION_PREFIX;

describe('detection prefix', () => {
  const cases: { name: string; text: string; expectLength: number; endsWith?: string }[] = [
    { name: 'a short text is kept whole', text: 'سطر.\nسطر آخر.', expectLength: 13 },
    { name: 'a text of exactly the prefix length is kept whole', text: 'a'.repeat(P), expectLength: P },
    { name: 'lines: cut after the last line break in the prefix', text: `${'x'.repeat(P - 10)}\n${'y'.repeat(100)}`, expectLength: P - 9, endsWith: '\n' },
    { name: 'CRLF lines: cut after the LF', text: `${'x'.repeat(P - 10)}\r\n${'y'.repeat(100)}`, expectLength: P - 8, endsWith: '\r\n' },
    { name: 'lone CR lines: cut after the CR', text: `${'x'.repeat(P - 10)}\r${'y'.repeat(100)}`, expectLength: P - 9, endsWith: '\r' },
    { name: 'one long line: cut after a space', text: 'كلمة '.repeat(P), expectLength: P, endsWith: ' ' },
    { name: 'a break only early on: cut at a space further on', text: `title\n${'word '.repeat(P)}`, expectLength: P - 4, endsWith: ' ' },
    { name: 'one token: cut at the prefix length', text: 'b'.repeat(P * 3), expectLength: P },
    { name: 'one token of surrogate pairs: never half a pair', text: `x${'😀'.repeat(P)}`, expectLength: P - 1 },
  ];
  for (const { name, text, expectLength, endsWith } of cases) {
    it(name, () => {
      const prefix = detectionPrefix(text);
      assert.equal(prefix.length, expectLength);
      assert.ok(text.startsWith(prefix));
      if (endsWith) assert.ok(prefix.endsWith(endsWith), JSON.stringify(prefix.slice(-3)));
      // Callers may pass only the first P + 1 code units (the editor reads no more).
      assert.equal(detectionPrefix(text.slice(0, P + 1)), prefix);
    });
  }
});

describe('article detection on the opening of a long file', () => {
  const article = readFixture('articles', 'ar-summit-seedlike.news');
  const log = readFixture('not-articles', 'server.log');
  const repeat = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);
  const cases: { name: string; text: string; isArticle: boolean }[] = [
    // What stands past the opening is never read.
    { name: 'articles filling the opening, then a long log: an article', text: `${repeat(`${article}\n\n`, P)}\n${repeat(`${log}\n`, 3 * P)}`, isArticle: true },
    { name: 'a log filling the opening, then articles: not an article', text: `${repeat(`${log}\n`, P)}\n${repeat(`${article}\n\n`, 3 * P)}`, isArticle: false },
    { name: 'an article repeated past the prefix is still one', text: repeat(`${article}\n\n`, 4 * P), isArticle: true },
  ];
  for (const { name, text, isArticle } of cases) {
    it(name, () => {
      assert.equal(isNewsArticle(text), isArticle);
      assert.equal(analyzeStructure(text).isArticle, isArticle, 'the whole analysis gives the same answer');
    });
  }
});
