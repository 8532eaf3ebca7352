import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analysis';
import type { Analysis, Entity } from '../../src/core/types';
import { definingMention, entitiesByType, entityAt, entityById, likelySpeakers, mentionForms, quoteAt, quotesBy } from '../../src/vscode/entity-lookup';
import { readFixture } from './helpers';

// What the hover, navigation and the entity view ask of an analysis, on the real analysis of a
// fixture (the production path: structure, names, quotations).
describe('entity lookup on a real Arabic analysis', () => {
  const text = readFixture('articles', 'ar-summit-seedlike.news');
  const analysis = analyzeArticle(text);
  const at = (word: string, nth = 0): number => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(word, i + 1);
    assert.ok(i >= 0, `${word} is in the fixture`);
    return i;
  };
  const putin = (): Entity => analysis.entities.find((e) => e.name === 'فلاديمير بوتين')!;

  const entityCases: Array<[string, () => number, string | undefined]> = [
    ['inside a full name', () => at('بوتين') + 2, 'فلاديمير بوتين'],
    ['on a short form later on', () => at('بوتين', 2), 'فلاديمير بوتين'],
    ['just after a mention (the cursor at its end)', () => at('بوتين') + 'بوتين'.length, 'فلاديمير بوتين'],
    ['on an organisation', () => at('كوميرسانت'), 'كوميرسانت'],
    ['on an ordinary word', () => at('التجارة'), undefined],
    ['before the text', () => -1, undefined],
    ['past the end of the text', () => text.length + 10, undefined],
  ];
  for (const [name, offset, expected] of entityCases) {
    it(`entityAt: ${name}`, () => assert.equal(entityAt(analysis, offset())?.entity.name, expected));
  }

  it('entityAt gives the span under the cursor, not the whole entity', () => {
    const hit = entityAt(analysis, at('بوتين', 2))!;
    assert.equal(text.slice(hit.span.start, hit.span.end), 'بوتين');
  });

  it('quoteAt picks the innermost quotation holding the offset', () => {
    const inner = quoteAt(analysis, at('مستعدة'))!;
    assert.equal(inner.kind, 'speech');
    assert.equal(inner.text, 'مستعدة للمضي قدمًا');
    assert.equal(quoteAt(analysis, at('اختتمت')), undefined);
  });

  it('quotesBy lists a person\'s quotations in document order', () => {
    const quotes = quotesBy(analysis, putin());
    assert.ok(quotes.length >= 1);
    assert.deepEqual(quotes.map((q) => q.start), [...quotes.map((q) => q.start)].sort((a, b) => a - b));
    for (const q of quotes) assert.equal(q.speaker?.entity, putin().id);
  });

  it('definingMention is the first mention written in full', () => {
    const m = definingMention(putin())!;
    assert.equal(m.text, 'فلاديمير بوتين');
    assert.equal(m.start, at('فلاديمير بوتين'));
  });

  it('mentionForms counts each written form, most frequent first', () => {
    assert.deepEqual(mentionForms(putin()), [{ form: 'بوتين', count: 2 }, { form: 'فلاديمير بوتين', count: 1 }]);
  });

  it('entitiesByType groups in PER, ORG, LOC order, most mentioned first', () => {
    const groups = entitiesByType(analysis);
    assert.deepEqual([...groups.keys()], ['PER', 'ORG', 'LOC']);
    for (const list of groups.values()) {
      for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].mentions.length >= list[i].mentions.length);
    }
    assert.equal(entityById(analysis, putin().id), putin());
    assert.equal(entityById(analysis, 'PER-999'), undefined);
  });
});

describe('entity lookup on hand-made analyses', () => {
  const empty: Analysis = { language: 'ar', isArticle: true, blocks: [], sections: [], artefacts: [], entities: [], quotes: [], deep: true };
  const person: Entity = { id: 'PER-1', type: 'PER', name: 'Ann Lee', mentions: [{ start: 0, end: 7, text: 'Ann Lee' }, { start: 7, end: 10, text: 'Lee' }] };

  it('a mention holding the offset strictly wins over one ending there', () => {
    const analysis = { ...empty, entities: [person] };
    assert.equal(entityAt(analysis, 7)?.span.start, 7);
  });

  it('a speaker linked to an entity counts as its mention; an unlinked one does not', () => {
    const quote = { start: 20, end: 30, text: 'x', kind: 'speech' as const };
    const analysis = {
      ...empty,
      entities: [person],
      quotes: [
        { ...quote, speaker: { start: 12, end: 15, text: 'she', entity: 'PER-1' } },
        { ...quote, speaker: { start: 16, end: 19, text: 'who', entity: null } },
      ],
    };
    assert.equal(entityAt(analysis, 13)?.entity, person);
    assert.equal(entityAt(analysis, 17), undefined);
  });

  it('the speakers offered for a quotation: named just before it first, then named after it, the current one, the other names', () => {
    const named = (id: string, type: Entity['type'], ...starts: number[]): Entity => ({ id, type, name: id, mentions: starts.map((start) => ({ start, end: start + 3, text: id })) });
    const quote = { start: 100, end: 120, text: 'x', kind: 'speech' as const, speaker: null };
    const entities = [
      named('far', 'PER', 10),
      named('place', 'LOC', 95),
      named('after', 'ORG', 130),
      named('near', 'PER', 5, 90),
      named('later', 'PER', 200),
      named('inside', 'PER', 105),
    ];
    assert.deepEqual(likelySpeakers({ ...empty, entities, quotes: [quote] }, quote).map((e) => e.id), ['near', 'far', 'after', 'later', 'inside', 'place']);
    // Whoever opens the list means to change the speaker: the current one comes after the others.
    const said = { ...quote, speaker: { start: 90, end: 93, text: 'near', entity: 'near' } };
    assert.deepEqual(likelySpeakers({ ...empty, entities, quotes: [said] }, said).map((e) => e.id), ['far', 'after', 'later', 'inside', 'near', 'place']);
  });

  it('nothing is found in an empty analysis', () => {
    assert.equal(entityAt(empty, 0), undefined);
    assert.equal(quoteAt(empty, 0), undefined);
    assert.equal(entitiesByType(empty).size, 0);
    assert.equal(definingMention({ ...person, mentions: [] }), undefined);
  });
});
