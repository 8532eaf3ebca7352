import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analysis';
import { applyDecisions, decisionsOnly } from '../../src/core/annotations/apply';
import {
  acceptAll, clearAll, emptySet, markName, markQuote, mergeEntities, rejectName, rejectQuote,
  separateMention, setNameType, setQuoteKind, setSpeaker, type AnnotationSet,
} from '../../src/core/annotations/model';
import { parseRules } from '../../src/core/annotations/rules';
import type { Analysis, Entity, EntityType, Span } from '../../src/core/types';
import { checkAnalysisInvariants } from './core-invariants';

// Our own small articles (never shared ones).
const EN = 'LONDON (Reuters) - John Smith met Mary Jones in Paris on Monday.\n\nSmith said: "The talks went well." Jones flew to Berlin.\n\nReuters said "nothing changed" in Paris.\n';
const AR = 'القاهرة (رويترز) - قال الرئيس المصري عبد الفتاح السيسي إن «المحادثات كانت مفيدة».\n\nوأضاف السيسي أن وفداً من باريس سيزور القاهرة. وبالقاهرة التقى وزير الخارجية سامح شكري.\n';

const span = (text: string, needle: string, from = 0): Span => {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
};
const entityAt = (a: Analysis, s: Span): Entity | undefined => a.entities.find((e) => e.mentions.some((m) => m.start === s.start && m.end === s.end));
const mentionAt = (a: Analysis, s: Span) => a.entities.flatMap((e) => e.mentions).find((m) => m.start === s.start && m.end === s.end);

describe('annotations: decisions laid over the analysis', () => {
  for (const [lang, text] of [['English', EN], ['Arabic', AR]] as const) {
    describe(`${lang} article`, () => {
      const base = analyzeArticle(text);
      const first = base.entities[0];

      const steps: Array<[string, (set: AnnotationSet, shown: Analysis) => AnnotationSet, (shown: Analysis, set: AnnotationSet) => void]> = [
        ['reject the first name: it never comes back', (s, a) => rejectName(s, a, first.mentions[0], text), (shown) => {
          assert.equal(mentionAt(shown, first.mentions[0]), undefined);
        }],
        ['retype a name: it keeps its type and is confirmed', (s, a) => setNameType(s, a, a.entities[a.entities.length - 1].mentions[0], 'MISC'), (shown, set) => {
          const name = set.items.find((x) => x.kind === 'name')!;
          assert.equal(entityAt(shown, name)?.type, 'MISC');
          assert.equal(mentionAt(shown, name)?.confirmed, true);
        }],
        ['mark a missed name over part of the text', (s) => markName(s, text, span(text, lang === 'English' ? 'Monday' : 'وزير الخارجية'), 'MISC'), (shown) => {
          const m = mentionAt(shown, span(text, lang === 'English' ? 'Monday' : 'وزير الخارجية'));
          assert.ok(m?.confirmed);
        }],
        ['mark and reject quotations', (s, a) => {
          let next = markQuote(s, text, span(text, lang === 'English' ? 'nothing changed' : 'وفداً من باريس'), 'reported');
          if (a.quotes[0]) next = rejectQuote(next, a, a.quotes[0], text);
          return next;
        }, (shown) => {
          const q = shown.quotes.find((x) => x.confirmed);
          assert.equal(q?.kind, 'reported');
          assert.ok(!shown.quotes.some((x) => x.start === base.quotes[0]?.start && x.end === base.quotes[0]?.end));
        }],
        ['accept all, then clear', (s, a) => clearAll(acceptAll(s, a)), (shown) => {
          assert.deepEqual(shown.entities, base.entities);
          assert.deepEqual(shown.quotes, base.quotes);
        }],
      ];
      let set = emptySet();
      for (const [name, act, check] of steps) {
        it(name + ' (the result keeps the analysis invariants)', () => {
          const shown = applyDecisions(base, text, set, undefined);
          set = act(set, shown);
          const after = applyDecisions(base, text, set, undefined);
          checkAnalysisInvariants(text, after);
          check(after, set);
        });
      }
    });
  }

  it('merge: "same entity as" unites two entities under the target\'s id and type', () => {
    const base = analyzeArticle(EN);
    const john = entityAt(base, span(EN, 'John Smith'))!;
    const mary = entityAt(base, span(EN, 'Mary Jones'))!;
    assert.notEqual(john.id, mary.id);
    const set = mergeEntities(emptySet(), base, span(EN, 'John Smith'), mary.id);
    const shown = applyDecisions(base, EN, set);
    checkAnalysisInvariants(EN, shown);
    assert.equal(entityAt(shown, span(EN, 'John Smith'))?.id, mary.id);
    assert.equal(entityAt(shown, span(EN, 'Mary Jones'))?.id, mary.id);
    // "Smith" (same recogniser entity as John Smith) went along: the entities were merged.
    assert.equal(entityAt(shown, span(EN, 'Smith', EN.indexOf('Smith said')))?.id, mary.id);
  });

  it('separate: one mention leaves its entity; the speaker of its quote follows it', () => {
    const base = analyzeArticle(EN);
    const smith = span(EN, 'Smith', EN.indexOf('Smith said'));
    const before = entityAt(base, smith)!;
    assert.ok(before.mentions.length >= 2, 'the recogniser grouped Smith with John Smith');
    const set = separateMention(emptySet(), base, smith);
    const shown = applyDecisions(base, EN, set);
    checkAnalysisInvariants(EN, shown);
    const alone = entityAt(shown, smith)!;
    assert.notEqual(alone.id, before.id);
    assert.equal(alone.mentions.length, 1);
    assert.ok(shown.entities.some((e) => e.id === before.id), 'the rest keeps its id');
    const quote = shown.quotes.find((q) => q.speaker && q.speaker.start === smith.start);
    if (quote) assert.equal(quote.speaker?.entity, alone.id);
  });

  it('a speaker set by hand stays, and names a name of the article or the selection', () => {
    const base = analyzeArticle(EN);
    const quote = base.quotes.find((q) => q.text === 'The talks went well.') ?? base.quotes[0];
    const jones = span(EN, 'Mary Jones');
    let set = setSpeaker(emptySet(), base, EN, quote, jones);
    let shown = applyDecisions(base, EN, set);
    checkAnalysisInvariants(EN, shown);
    let q = shown.quotes.find((x) => x.start === quote.start)!;
    assert.ok(q.confirmed);
    assert.deepEqual([q.speaker?.start, q.speaker?.end, q.speaker?.entity], [jones.start, jones.end, entityAt(shown, jones)?.id]);
    // A selection that is no name yet becomes a person.
    // (A made-up choice: the point is that a word that is no name becomes one.)
    set = setSpeaker(set, shown, EN, quote, span(EN, ' flew '));
    shown = applyDecisions(base, EN, set);
    q = shown.quotes.find((x) => x.start === quote.start)!;
    assert.equal(q.speaker?.text, 'flew', 'the selection is trimmed');
    assert.equal(entityAt(shown, span(EN, 'flew'))?.type, 'PER');
    // Its kind changes, the speaker stays.
    set = setQuoteKind(set, shown, quote, 'other');
    shown = applyDecisions(base, EN, set);
    q = shown.quotes.find((x) => x.start === quote.start)!;
    assert.deepEqual([q.kind, q.speaker?.text], ['other', 'flew']);
    checkAnalysisInvariants(EN, shown);
  });

  it('changing a recognised quote\'s kind keeps the speaker the recogniser found', () => {
    const base = analyzeArticle(EN);
    const quote = base.quotes.find((q) => q.speaker?.entity)!;
    const shown = applyDecisions(base, EN, setQuoteKind(emptySet(), base, quote, 'other'));
    const q = shown.quotes.find((x) => x.start === quote.start)!;
    assert.deepEqual([q.kind, q.speaker?.start, q.speaker?.end], ['other', quote.speaker!.start, quote.speaker!.end]);
  });

  it('workspace rules: "never" removes, "always" retypes and finds missed occurrences (with clitics); the article\'s decisions win', () => {
    const base = analyzeArticle(AR);
    const { rules, problems } = parseRules('القاهرة\tORG\nرويترز\tnever\n');
    assert.deepEqual(problems, []);
    const shown = applyDecisions(base, AR, emptySet(), rules);
    checkAnalysisInvariants(AR, shown);
    const cairo = shown.entities.flatMap((e) => e.mentions.filter((m) => m.text === 'القاهرة').map(() => e.type));
    assert.ok(cairo.length >= 3, `every القاهرة, وبالقاهرة included (${cairo.length})`);
    assert.ok(cairo.every((t) => t === 'ORG'));
    assert.ok(!shown.entities.some((e) => e.mentions.some((m) => m.text === 'رويترز')));
    // The article says the first one is a place: it wins over the rule.
    const set = markName(emptySet(), AR, span(AR, 'القاهرة'), 'LOC');
    const decided = applyDecisions(base, AR, set, rules);
    checkAnalysisInvariants(AR, decided);
    assert.equal(entityAt(decided, span(AR, 'القاهرة'))?.type, 'LOC');
    assert.equal(entityAt(decided, span(AR, 'القاهرة', 30))?.type, 'ORG');
  });

  it('workspace rules: an "always" form replaces suggestions inside it, never one reaching past it', () => {
    // The analysis is built by hand, so the test does not depend on what the tagger finds.
    const text = 'The Blue Lagoon opened. The Blue Lagoon Hotel closed.';
    const second = text.indexOf('Blue Lagoon Hotel');
    const suggested = (id: string, type: EntityType, start: number, end: number): Entity =>
      ({ id, type, name: text.slice(start, end), mentions: [{ start, end, text: text.slice(start, end) }] }) as unknown as Entity;
    const base: Analysis = { ...analyzeArticle(text), entities: [suggested('E1', 'PER', 9, 15), suggested('E2', 'ORG', second, second + 17)], quotes: [] };
    const shown = applyDecisions(base, text, emptySet(), parseRules('Blue Lagoon\tLOC\n').rules);
    checkAnalysisInvariants(text, shown);
    assert.equal(entityAt(shown, { start: 4, end: 15 })?.type, 'LOC');
    assert.equal(mentionAt(shown, { start: 9, end: 15 }), undefined);
    assert.equal(entityAt(shown, { start: second, end: second + 17 })?.type, 'ORG');
    assert.equal(mentionAt(shown, { start: second, end: second + 11 }), undefined);
  });

  it('leaves out annotations whose text no longer matches (not re-anchored) and overlapping ones', () => {
    const base = analyzeArticle(EN);
    const stale: AnnotationSet = { ...emptySet(), items: [
      { id: 'T1', kind: 'name', start: 0, end: 6, text: 'PARIS!', type: 'LOC' },
      { id: 'T2', kind: 'name', start: 19, end: 29, text: 'John Smith', type: 'ORG' },
      { id: 'T3', kind: 'name', start: 24, end: 33, text: 'Smith met', type: 'PER' },
      { id: 'T4', kind: 'name', start: 900, end: 905, text: 'Smith', type: 'PER' },
    ] };
    const shown = applyDecisions(base, EN, stale);
    checkAnalysisInvariants(EN, shown);
    assert.equal(entityAt(shown, { start: 19, end: 29 })?.type, 'ORG');
    assert.equal(mentionAt(shown, { start: 24, end: 33 }), undefined);
  });

  it('decisionsOnly: the user\'s annotations alone, grouped by name', () => {
    let set = markName(emptySet(), EN, span(EN, 'Smith'), 'PER');
    set = markName(set, EN, span(EN, 'Smith', 30), 'PER');
    const shown = decisionsOnly(EN, set);
    checkAnalysisInvariants(EN, { ...analyzeArticle(EN), entities: shown.entities, quotes: shown.quotes });
    assert.equal(shown.entities.length, 1);
    assert.equal(shown.entities[0].mentions.length, 2);
  });

  it('is the analysis itself when there is nothing to apply', () => {
    const base = analyzeArticle(EN);
    assert.equal(applyDecisions(base, EN, emptySet()), base);
  });
});
