import { strict as assert } from 'node:assert';
import { gzipSync } from 'node:zlib';
import { arwikiArticles } from '../../scripts/eval/arwiki-articles';
import { inDataDir } from './temp-data-dir';

/**
 * The Wikipedia passages the arwiki quotation gold was annotated on: their offsets and sha1 depend
 * on this selection byte for byte, so each rule of it is pinned here (documents of our own).
 */
function passages(docs: { title: string; paragraphs: string[] }[]): Array<{ file: string; text: string }> {
  const wiki = docs.map((d, i) => `<doc id="${i}" title="${d.title}" url="x">\n${d.title}\n\n${d.paragraphs.join('\n\n')}\n</doc>\n`).join('');
  return inDataDir({ 'unlabelled/arwiki-2017.txt.gz': gzipSync(Buffer.from(wiki, 'utf8')) }, arwikiArticles);
}

describe('Arabic Wikipedia passages that quote someone', () => {
  const quoting = 'وقال المدير في المؤتمر: «سنفتح الجسر في الربيع».';
  const table: { name: string; paragraphs: string[]; text: string | null }[] = [
    { name: 'the title, then the quoting paragraph with its neighbours', paragraphs: ['أ.', 'ب.', quoting, 'ج.', 'د.'], text: `الجسر\n\nب.\n\n${quoting}\n\nج.\n` },
    { name: 'a quotation mark too far after the verb quotes nobody', paragraphs: [`قال ${'كلمة '.repeat(15)}«شيء».`], text: null },
    { name: 'a quotation mark with no speech verb quotes nobody', paragraphs: ['عرض الفيلم «الرسالة» أمس.'], text: null },
    // The verbs are matched as the start of a word: a cheap filter that lets a few non-verbs in
    // (وقالب), which the annotators then decide like any other quotation.
    { name: 'a word starting like a speech verb counts too (وقالب)', paragraphs: ['صنع وقالب «الحلوى» معا.'], text: 'الجسر\n\nصنع وقالب «الحلوى» معا.\n' },
    { name: 'neighbours shared by two quoting paragraphs appear once', paragraphs: [quoting, 'هـ.', quoting], text: `الجسر\n\n${quoting}\n\nهـ.\n\n${quoting}\n` },
  ];
  for (const t of table) {
    it(t.name, () => assert.deepEqual(passages([{ title: 'الجسر', paragraphs: t.paragraphs }]), t.text === null ? [] : [{ file: 'ar-arwiki/aw-001.txt', text: t.text }]));
  }

  it('at most 6 000 characters: a paragraph that would pass them is left out, with all after it', () => {
    const long = `${quoting} ${'نص '.repeat(1975).trim()}`;
    const [file] = passages([{ title: 'الجسر', paragraphs: [long, quoting] }]);
    assert.ok(`الجسر\n\n${long}\n\n${quoting}`.length > 6000, 'the two paragraphs together pass the limit');
    assert.ok(file.text === `الجسر\n\n${long}\n`, 'only the first paragraph is kept');
  });

  it('one file per quoting document, numbered from aw-001 in the file\'s order', () => {
    const files = passages([{ title: 'أ', paragraphs: [quoting] }, { title: 'ب', paragraphs: ['لا شيء.'] }, { title: 'ج', paragraphs: [quoting] }]);
    assert.deepEqual(files.map((f) => [f.file, f.text.split('\n')[0]]), [['ar-arwiki/aw-001.txt', 'أ'], ['ar-arwiki/aw-002.txt', 'ج']]);
  });

  it('no Wikipedia file, no passages', () => {
    assert.deepEqual(inDataDir({}, arwikiArticles), []);
  });
});
