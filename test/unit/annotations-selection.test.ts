import { strict as assert } from 'node:assert';
import { nameSpan, trimmedSpan } from '../../src/core/annotations';
import type { Analysis } from '../../src/core/types';

// Short original sentences: "the summit in Kazan ... a photo in Kazan", "the ministry met the minister".
const KAZAN = 'قمة في قازان ثم صورة بقازان';
const MINISTRY = 'التقت وزارة الخارجية بالوزير';
const US = 'سافر للولايات المتحدة أمس';

const analysisNaming = (...names: string[]): Pick<Analysis, 'entities'> => ({
  entities: names.map((name, i) => ({ id: `LOC-${i}`, type: 'LOC' as const, name, mentions: [{ start: 0, end: name.length, text: name }] })),
});

describe('annotations: a selection as a span', () => {
  const trims: Array<[string, string, string]> = [
    ['spaces at both ends', '  قازان ', 'قازان'],
    ['a line break taken along', 'قازان\n', 'قازان'],
    ['nothing to trim', 'قازان', 'قازان'],
    ['only white space', '   ', ''],
  ];
  for (const [what, selected, expected] of trims) {
    it(`trims ${what}`, () => {
      const text = `x${selected}y`;
      const span = trimmedSpan(text, { start: 1, end: 1 + selected.length });
      assert.equal(text.slice(span.start, span.end), expected);
    });
  }

  it('keeps a span past the text inside it', () => {
    assert.deepEqual(trimmedSpan('abc', { start: 2, end: 10 }), { start: 2, end: 3 });
  });

  const names: Array<[string, string, string, Pick<Analysis, 'entities'> | undefined, string]> = [
    ['a preposition before a word written alone elsewhere', KAZAN, 'بقازان', undefined, 'قازان'],
    ['a preposition before a name the analysis found', 'صورة بقازان', 'بقازان', analysisNaming('قازان'), 'قازان'],
    ['ل + ال contracted: the article\'s ل stays', US, 'للولايات المتحدة', undefined, 'لولايات المتحدة'],
    ['a name that begins with و', MINISTRY, 'وزارة الخارجية', undefined, 'وزارة الخارجية'],
    ['a clitic with no evidence for the bare word', 'زار وبكين', 'وبكين', undefined, 'وبكين'],
    ['an English name', 'Mr Smith said', ' Smith ', undefined, 'Smith'],
  ];
  for (const [what, text, selected, analysis, expected] of names) {
    it(`as a name: ${what}`, () => {
      const start = text.lastIndexOf(selected.trim()) - (selected.length - selected.trimStart().length);
      const span = nameSpan(text, { start, end: start + selected.length }, analysis);
      assert.equal(text.slice(span.start, span.end), expected);
    });
  }
});
