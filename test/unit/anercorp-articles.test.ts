import { strict as assert } from 'node:assert';
import { anercorpArticles } from '../../scripts/eval/anercorp-articles';
import { inDataDir } from './temp-data-dir';

/**
 * The ANERcorp pseudo-articles the quotation validation gold was annotated on: their offsets and
 * sha1 depend on this rebuild byte for byte, so each rule of it is pinned here (tokens of our own).
 */
function rebuild(tokens: string[]): Array<{ file: string; text: string }> {
  return inDataDir({ 'ner/anercorp-train.txt': tokens.map((t) => `${t} O`).join('\n') }, anercorpArticles);
}

const words = (s: string): string[] => s.split(' ');

describe('ANERcorp pseudo-articles: tokens joined back into text', () => {
  const table: { name: string; tokens: string; text: string }[] = [
    { name: 'no space before a full stop, a comma or a colon', tokens: 'قال المدير : إن الخطة ، كما هي ، جيدة .', text: 'قال المدير: إن الخطة، كما هي، جيدة.\n' },
    { name: 'straight quotes open and close in turn', tokens: 'وقال " الخطة جيدة " و " مفيدة " .', text: 'وقال "الخطة جيدة" و "مفيدة".\n' },
    { name: 'guillemets and brackets hug their words', tokens: 'ووصفها بـ « الناجحة » ( رويترز ) .', text: 'ووصفها بـ «الناجحة» (رويترز).\n' },
    { name: 'one sentence per line', tokens: 'وصل الوفد . بدأ الاجتماع .', text: 'وصل الوفد.\nبدأ الاجتماع.\n' },
    { name: 'a quotation keeps its sentences on one line', tokens: 'وقال " انتهى العمل . بدأنا غيره " . ثم غادر .', text: 'وقال "انتهى العمل. بدأنا غيره".\nثم غادر.\n' },
    { name: 'a mark left open ends its line after three sentences', tokens: 'وقال " أولى . ثانية . ثالثة . رابعة .', text: 'وقال "أولى. ثانية. ثالثة.\nرابعة.\n' },
  ];
  for (const t of table) {
    it(t.name, () => assert.deepEqual(rebuild(words(t.tokens)), [{ file: 'ar-anercorp/ac-001.txt', text: t.text }]));
  }

  it('twenty sentences a file, numbered from ac-001', () => {
    const tokens = Array.from({ length: 21 }, (_, i) => [`جملة${i + 1}`, '.']).flat();
    const files = rebuild(tokens);
    assert.deepEqual(files.map((f) => f.file), ['ar-anercorp/ac-001.txt', 'ar-anercorp/ac-002.txt']);
    assert.equal(files[0].text.split('\n').length - 1, 20);
    assert.equal(files[1].text, 'جملة21.\n');
  });

  it('no token file, no articles', () => {
    assert.deepEqual(inDataDir({}, anercorpArticles), []);
  });
});
