import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDoc } from '../../src/core/doc';
import { findQuotes } from '../../src/core/quotes';
import { classifyWith, kindScore, type KindClassifier, type KindModel } from '../../src/core/quotes/kind-model';
import { kindFeatures } from '../../src/core/quotes/kind-features';
import type { KindContext } from '../../src/core/quotes/kind';

// Fixtures are short original sentences written for these tests.

/** The context, rules' verdict and features of every quotation the finder decides in `text`. */
function decided(text: string): { quote: string; rule: boolean; features: string[] }[] {
  const out: { quote: string; rule: boolean; features: string[] }[] = [];
  const capture: KindClassifier = (ctx, rule, quote) => {
    out.push({ quote: text.slice(quote.start, quote.end), rule, features: kindFeatures(ctx, rule) });
    return rule;
  };
  findQuotes(createDoc(text), [], { kinds: capture, ranker: null });
  return out;
}

describe('quotation kinds: what the model reads', () => {
  const table: { name: string; text: string; has: string[]; hasNot?: string[] }[] = [
    {
      name: 'a speech verb and إن before a sentence-long quotation',
      text: 'وقال المدير إن «المشروع يسير كما خططنا له».',
      has: ['rule:speech', 'cue:introduces', 'len:4-5', 'cue:introduces&len:4-5', 'after-mark:.'],
    },
    {
      name: 'a title after بعنوان',
      text: 'نشر الكاتب روايته بعنوان «بيت على التل» هذا العام.',
      has: ['rule:other', 'naming-cue', 'before:عنوان', 'after:هذا', 'len:3'],
    },
    {
      name: 'a demonstrative right before a short quotation',
      text: 'ناقش المجلس هذه «الخطة» مطولا.',
      has: ['determiner-before', 'len:1'],
      hasNot: ['opens-sentence'],
    },
    {
      name: 'a short quotation a few words into a clause of أن',
      text: 'ترى اللجنة أن الحل «بعيد المنال» حاليا.',
      has: ['complementizer&len:2'],
      hasNot: ['clause-subject'],
    },
    {
      name: 'a quotation glued to a proclitic',
      text: 'اتهم النائب الحكومة بـ«التقصير».',
      has: ['glued', 'characterised'],
    },
    {
      name: 'an English quotation after a colon, ending its sentence inside the marks',
      text: 'The mayor was blunt: "We will not close the library."',
      has: ['before-mark::', 'ends-sentence', 'len:6-9'],
    },
    {
      name: 'an English quotation opening its sentence, words lower-cased',
      text: '"Nothing has changed," She Said.',
      has: ['opens-sentence', 'after:she'],
    },
  ];
  for (const c of table) {
    it(c.name, () => {
      const [first] = decided(c.text);
      assert.ok(first, 'a quotation was decided');
      for (const f of c.has) assert.ok(first.features.includes(f), `${f} in ${first.features.join(' ')}`);
      for (const f of c.hasNot ?? []) assert.ok(!first.features.includes(f), `${f} not in ${first.features.join(' ')}`);
    });
  }
});

describe('quotation kinds: the model decides', () => {
  const context = { lang: 'ar', prefix: [], content: [], attribution: { found: false, speaker: null, usePrevious: false, introduces: false }, recovered: false, glued: false, colonAfter: false } as KindContext;
  const table: { name: string; model: KindModel; rule: boolean; speech: boolean }[] = [
    { name: 'a language with no weights keeps the rules\' speech', model: { weights: { 'en:bias': -9 } }, rule: true, speech: true },
    { name: 'a language with no weights keeps the rules\' other', model: { weights: { 'en:bias': 9 } }, rule: false, speech: false },
    { name: 'weights that follow the rules', model: { weights: { 'ar:rule:speech': 2, 'ar:rule:other': -2 } }, rule: true, speech: true },
    { name: 'evidence against the rules\' speech overrules it', model: { weights: { 'ar:rule:speech': 2, 'ar:len:0': -3 } }, rule: true, speech: false },
    { name: 'evidence for speech overrules the rules\' other', model: { weights: { 'ar:rule:other': -2, 'ar:cue:none': 1, 'ar:bias': 1.5 } }, rule: false, speech: true },
    { name: 'a score of exactly zero is not speech', model: { weights: { 'ar:rule:speech': 1, 'ar:bias': -1 } }, rule: true, speech: false },
  ];
  for (const c of table) {
    it(c.name, () => assert.equal(classifyWith(c.model)(context, c.rule, { start: 0, end: 0 }), c.speech));
  }
  it('the score adds the bias and the weights of the features present', () => {
    assert.equal(kindScore({ weights: { 'ar:bias': 0.5, 'ar:a': 1, 'ar:b': -2, 'en:a': 7 } }, ['a', 'b', 'c'], 'ar'), -0.5);
  });
  it('the finder takes the classifier\'s verdict over the rules\'', () => {
    const text = 'وقال المدير إن «المشروع يسير كما خططنا له».';
    assert.deepEqual(findQuotes(createDoc(text), [], { kinds: null }).map((q) => q.kind), ['speech']);
    assert.deepEqual(findQuotes(createDoc(text), [], { kinds: () => false }).map((q) => q.kind), ['other']);
  });
  const never: { name: string; text: string }[] = [
    { name: 'a web address', text: 'وقال المركز: «http://www.example.org/exams».' },
    { name: 'digits alone', text: 'وقال المدير: «2024».' },
    { name: 'a code of letters and digits', text: 'وقال المدير: «نموذج-7».' },
  ];
  for (const c of never) {
    it(`${c.name} is nobody's words, and the classifier is not asked`, () => {
      let asked = 0;
      const quotes = findQuotes(createDoc(c.text), [], { kinds: () => { asked++; return true; } });
      assert.deepEqual(quotes.map((q) => q.kind), ['other']);
      assert.equal(asked, 0);
    });
  }
  it('a paragraph inside a quotation running over three keeps its opening paragraph\'s kind, unasked', () => {
    const text = 'وقال المدير: «المشروع يسير كما خططنا له.\n\nوسننتهي منه قبل الصيف.\n\nوسنعلن الموعد قريبا».';
    for (const verdict of [true, false]) {
      const asked: string[] = [];
      const quotes = findQuotes(createDoc(text), [], { kinds: (_ctx, _rule, q) => { asked.push(text.slice(q.start, q.end)); return verdict; } });
      const middle = quotes.find((q) => q.text.startsWith('وسننتهي'));
      assert.equal(middle?.kind, quotes[0].kind);
      assert.equal(quotes[0].kind, verdict ? 'speech' : 'other');
      assert.ok(!asked.some((a) => a.startsWith('وسننتهي')), asked.join(' | '));
    }
  });
});

describe('quotation kinds: the shipped model', () => {
  const model = JSON.parse(readFileSync(resolve(__dirname, '../../models/kinds.json'), 'utf8')) as KindModel;
  it('holds feature names of at most one word of text each (no article text ships)', () => {
    for (const key of Object.keys(model.weights)) {
      const value = key.slice(key.indexOf(':') + 1);
      const lexical = /^(before|after):(.*)$/.exec(value);
      if (lexical) assert.ok(!/\s/.test(lexical[2]), key);
      else assert.ok(/^[a-z0-9:&+\-]+$|^(before|after)-mark:.$/u.test(value), key);
    }
  });
  it('starts from the rules\' verdict: speech weighs for speech, other against', () => {
    for (const lang of ['ar', 'en']) {
      assert.ok((model.weights[`${lang}:rule:speech`] ?? 0) > 0, lang);
      assert.ok((model.weights[`${lang}:rule:other`] ?? 0) < 0, lang);
    }
  });
});
