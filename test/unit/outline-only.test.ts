import assert from 'node:assert/strict';
import { outlineOnlyAnalysis, plainParagraphs } from '../../src/core/outline-only';

describe('outline-only analysis (what a failed analysis falls back to)', () => {
  const cases: { name: string; text: string; paragraphs: [number, string][] }[] = [
    { name: 'empty text', text: '', paragraphs: [] },
    { name: 'only blank lines', text: '\n \r\n\t\n', paragraphs: [] },
    { name: 'two paragraphs, LF', text: 'one\ntwo\n\nthree', paragraphs: [[1, 'one\ntwo'], [4, 'three']] },
    { name: 'CRLF and lone CR', text: 'a\r\n\r\nb\rc', paragraphs: [[1, 'a'], [3, 'b\rc']] },
    { name: 'Arabic with trailing blank lines', text: 'سطر أول\n\n\nسطر ثان\n\n', paragraphs: [[1, 'سطر أول'], [4, 'سطر ثان']] },
  ];
  for (const c of cases) {
    it(`splits into paragraphs: ${c.name}`, () => {
      const s = plainParagraphs(c.text);
      assert.deepEqual(s.blocks.map((b) => [b.line, b.text]), c.paragraphs);
      for (const b of s.blocks) assert.equal(c.text.slice(b.start, b.end), b.text);
      assert.equal(s.sections.length, c.paragraphs.length ? 1 : 0);
    });
  }

  it('keeps the structure when it can be read, without names or quotations', () => {
    const a = outlineOnlyAnalysis('Headline\n\nLONDON (Reuters) - Text "quoted" said Smith.');
    assert.equal(a.deep, false);
    assert.deepEqual([a.entities, a.quotes], [[], []]);
    assert.ok(a.blocks.some((b) => b.kind === 'dateline'));
  });
});
