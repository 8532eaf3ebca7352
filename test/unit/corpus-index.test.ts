import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analysis';
import { CorpusIndex } from '../../src/core/corpus/corpus-index';
import { articleEntry, entityFormKeys } from '../../src/core/corpus/entry';
import { formKey, identityKey, queryKeys } from '../../src/core/corpus/keys';
import { LinePositions } from '../../src/core/corpus/positions';
import type { Analysis, Entity, EntityType, Quote } from '../../src/core/types';
import { readFixture } from './helpers';

describe('corpus keys', () => {
  const formCases: Array<[string, string, string]> = [
    ['alef with hamza folds', 'أردوغان', 'اردوغان'],
    ['alef madda folds', 'آل ثاني', 'ال ثاني'],
    ['ta marbuta and alef maqsura fold', 'مصطفى حمزة', 'مصطفي حمزه'],
    ['diacritics and tatweel drop', 'بُوتيـــن', 'بوتين'],
    ['Latin lower-cases', 'Vladimir PUTIN', 'vladimir putin'],
    ['Mr goes', 'Mr Starmer', 'starmer'],
    ['Mr. with a dot goes', 'Mr. Starmer', 'starmer'],
    ['Ms goes', 'Ms Reeves', 'reeves'],
    ['Arabic السيد goes', 'السيد محمد', 'محمد'],
    ['possessive goes', "Putin's", 'putin'],
    ['spaces and hyphens collapse', ' Jean-Luc   Mélenchon ', 'jean luc mélenchon'],
    ['a title alone stays', 'Mr', 'mr'],
  ];
  for (const [name, form, key] of formCases) it(`formKey: ${name}`, () => assert.equal(formKey(form), key));

  const queryCases: Array<[string, string, string[]]> = [
    ['English: its key only', 'Putin', ['putin']],
    ['Arabic with a conjunction', 'وبوتين', ['وبوتين', 'بوتين', 'وتين']],
    ['Arabic with a preposition', 'لأردوغان', ['لاردوغان', 'اردوغان']],
    ['empty', '  ', []],
  ];
  for (const [name, query, keys] of queryCases) it(`queryKeys: ${name}`, () => assert.deepEqual(queryKeys(query), keys));

  const identityCases: Array<[string, [EntityType, string, string?], string]> = [
    ['an Arabic name with its English name meets the English article', ['PER', 'فلاديمير بوتين', 'Vladimir Putin'], 'PER:vladimir putin'],
    ['an English name', ['PER', 'Vladimir Putin', 'فلاديمير بوتين'], 'PER:vladimir putin'],
    ['an Arabic name alone, folded', ['ORG', 'الأمم المتحدة'], 'ORG:الامم المتحده'],
    ['the type keeps a place apart from a person', ['LOC', 'Jordan'], 'LOC:jordan'],
  ];
  for (const [name, args, key] of identityCases) it(`identityKey: ${name}`, () => assert.equal(identityKey(...args), key));
});

describe('LinePositions', () => {
  const cases: Array<[string, string, number, [number, number]]> = [
    ['first line', 'ab\ncd', 1, [0, 1]],
    ['after LF', 'ab\ncd', 4, [1, 1]],
    ['after CRLF', 'ab\r\ncd', 5, [1, 1]],
    ['after a lone CR', 'ab\rcd', 3, [1, 0]],
    ['at a line end', 'ab\ncd', 2, [0, 2]],
    ['empty text', '', 0, [0, 0]],
  ];
  for (const [name, text, offset, expected] of cases) it(name, () => assert.deepEqual(new LinePositions(text).at(offset), expected));
});

/** A hand-made analysis: names written at the given offsets of a text we do not need. */
function analysisOf(language: 'ar' | 'en', entities: Array<[EntityType, string, string | undefined, string[]]>, quotes: Array<[string, number]> = []): { analysis: Analysis; text: string } {
  let text = '';
  const list: Entity[] = entities.map(([type, name, otherName, forms], i) => ({
    id: `${type}-${i}`,
    type,
    name,
    otherName,
    mentions: forms.map((form) => {
      const start = text.length;
      text += `${form}\n`;
      return { start, end: start + form.length, text: form };
    }),
  }));
  const quoteList: Quote[] = quotes.map(([words, speaker]) => {
    const start = text.length;
    text += `«${words}»\n`;
    const m = list[speaker].mentions[0];
    return { start: start + 1, end: start + 1 + words.length, text: words, kind: 'speech', speaker: { ...m, entity: list[speaker].id } };
  });
  return { text, analysis: { language, isArticle: true, blocks: [], sections: [], artefacts: [], deep: true, entities: list, quotes: quoteList } };
}

describe('articleEntry', () => {
  it('keeps each entity with its identity, forms, places and quote count', () => {
    const { analysis, text } = analysisOf('ar', [['PER', 'فلاديمير بوتين', 'Vladimir Putin', ['فلاديمير بوتين', 'بوتين', 'بوتين']]], [['سنعود', 0]]);
    const entry = articleEntry(analysis, text);
    assert.equal(entry.entities.length, 1);
    const [putin] = entry.entities;
    assert.equal(putin.key, 'PER:vladimir putin');
    assert.deepEqual(putin.forms, [['فلاديمير بوتين', 1], ['بوتين', 2]]);
    assert.deepEqual(putin.mentions[1], [15, 20, 1, 0, 1, 5]);
    assert.equal(putin.quotes, 1);
    assert.deepEqual(entry.quotes.map((q) => [q.text, q.speaker, q.place[2]]), [['سنعود', 'PER:vladimir putin', 3]]);
    assert.deepEqual(entityFormKeys(putin).sort(), ['بوتين', 'فلاديمير بوتين', 'vladimir putin'].sort());
  });

  it('shortens long quotes and drops quotes without a speaker entity', () => {
    const long = 'كلمة '.repeat(100).trim();
    const { analysis, text } = analysisOf('ar', [['PER', 'أحمد', undefined, ['أحمد']]], [[long, 0]]);
    analysis.quotes.push({ start: 0, end: 2, text: 'x', kind: 'other', speaker: null });
    const entry = articleEntry(analysis, text);
    assert.equal(entry.quotes.length, 1);
    assert.ok(entry.quotes[0].text.length <= 201 && entry.quotes[0].text.endsWith('…'));
  });

  it('on a real analysis: every place points at its written form', () => {
    const text = readFixture('articles', 'ar-summit-seedlike.news');
    const analysis = analyzeArticle(text);
    const entry = articleEntry(analysis, text);
    assert.ok(entry.entities.length >= 3);
    const lines = text.split(/\r\n|\r|\n/);
    for (const e of entry.entities) {
      for (const [start, end, line, character] of e.mentions) {
        assert.equal(lines[line].slice(character, character + end - start), text.slice(start, end));
      }
    }
    assert.ok(entry.quotes.every((q) => entry.entities.some((e) => e.key === q.speaker)));
  });
});

describe('CorpusIndex', () => {
  const build = () => {
    const index = new CorpusIndex();
    const a = analysisOf('ar', [
      ['PER', 'فلاديمير بوتين', 'Vladimir Putin', ['فلاديمير بوتين', 'بوتين']],
      ['LOC', 'أنقرة', 'Ankara', ['أنقرة']],
      ['PER', 'دونالد ترامب', undefined, ['دونالد ترامب']],
    ], [['قول أول', 0], ['قول ثان', 0]]);
    const b = analysisOf('en', [
      ['PER', 'Vladimir Putin', 'فلاديمير بوتين', ['Vladimir Putin', 'Mr Putin']],
      ['ORG', 'United Nations', undefined, ['United Nations', 'UN']],
    ], [['a quote', 0]]);
    const c = analysisOf('ar', [['PER', 'ترمب', undefined, ['ترمب']]]);
    index.set('a.news', articleEntry(a.analysis, a.text));
    index.set('b.news', articleEntry(b.analysis, b.text));
    index.set('c.txt', articleEntry(c.analysis, c.text));
    return index;
  };

  it('merges one entity across Arabic and English articles', () => {
    const putin = build().entity('PER:vladimir putin')!;
    assert.deepEqual(putin.articles.sort(), ['a.news', 'b.news']);
    assert.equal(putin.mentions, 4);
    assert.equal(putin.quotes, 3);
    // The name and the other name are in the two scripts, whichever article came first.
    assert.deepEqual([putin.name, putin.otherName], ['Vladimir Putin', 'فلاديمير بوتين']);
    assert.deepEqual(putin.forms.map(([f]) => f).sort(), ['Mr Putin', 'Vladimir Putin', 'بوتين', 'فلاديمير بوتين'].sort());
  });

  const lookups: Array<[string, string, string[]]> = [
    ['an Arabic short form', 'بوتين', ['PER:vladimir putin']],
    ['an Arabic form with a clitic', 'وبوتين', ['PER:vladimir putin']],
    ['an unfolded alef', 'انقرة', ['LOC:ankara']],
    ['an English form, any case', 'putin', ['PER:vladimir putin']],
    ['a Mr form', 'Mr Putin', ['PER:vladimir putin']],
    ['a prefix', 'Unit', ['ORG:united nations']],
    ['a word inside a name', 'Nations', ['ORG:united nations']],
    ['a spelling variant (ترامب/ترمب): exact first', 'ترمب', ['PER:ترمب', 'PER:دونالد ترامب']],
    ['nothing', 'Zelensky', []],
  ];
  for (const [name, query, keys] of lookups) it(`lookup: ${name}`, () => assert.deepEqual(build().lookup(query).map((e) => e.key), keys));

  it('an empty query lists the most widespread entities first', () => {
    assert.equal(build().lookup('')[0].key, 'PER:vladimir putin');
  });

  it('lists the quotes of one speaker across articles', () => {
    const quotes = build().quotesBy('PER:vladimir putin').map((q) => [q.article, q.quote.text]);
    assert.deepEqual(quotes.sort(), [['a.news', 'قول أول'], ['a.news', 'قول ثان'], ['b.news', 'a quote']]);
  });

  it('forgets a deleted article and its entities', () => {
    const index = build();
    assert.ok(index.delete('b.news'));
    assert.equal(index.entity('ORG:united nations'), undefined);
    assert.deepEqual(index.entity('PER:vladimir putin')!.articles, ['a.news']);
    assert.deepEqual(index.lookup('Mr Putin').map((e) => e.key), ['PER:vladimir putin']); // the English name still comes from article a
    assert.equal(index.delete('b.news'), false);
  });

  it('round-trips through JSON', () => {
    const index = build();
    const copy = CorpusIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    assert.deepEqual(copy.entities(), index.entities());
  });

  const badJson: Array<[string, unknown]> = [
    ['null', null],
    ['another version', { version: 99, articles: {} }],
    ['articles not an object', { version: 1, articles: 3 }],
  ];
  for (const [name, json] of badJson) it(`fromJSON of ${name} is empty`, () => assert.equal(CorpusIndex.fromJSON(json).size, 0));

  it('fromJSON skips a damaged article entry and keeps the others', () => {
    const json = build().toJSON() as unknown as { articles: Record<string, unknown> };
    json.articles['a.news'] = { entities: 'no' };
    assert.deepEqual(CorpusIndex.fromJSON(json).articleIds().sort(), ['b.news', 'c.txt']);
  });
});
