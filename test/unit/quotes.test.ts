import { createDoc } from '../../src/core/doc';
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analysis';
import { findQuotes } from '../../src/core/quotes';
import { findEntities } from '../../src/core/entities';
import type { Quote } from '../../src/core/types';

// Fixtures are short original sentences written for these tests.

function quotesOf(text: string): Quote[] {
  return findQuotes(createDoc(text), []).filter((q) => q.kind !== 'reported');
}

interface Case {
  name: string;
  text: string;
  expect: { text: string; kind: 'speech' | 'other'; speaker?: string | null }[];
}

const cases: Case[] = [
  {
    name: 'Arabic: a « standing free a few words after an open « closes it (« written for both marks)',
    text: 'وأعلنت شركة «المها « عن توزيع أرباح نقدية على مساهميها. وقال المدير سامر الحداد: «النتائج فاقت توقعاتنا».',
    expect: [
      { text: 'المها', kind: 'other' },
      { text: 'النتائج فاقت توقعاتنا', kind: 'speech', speaker: 'سامر الحداد' },
    ],
  },
  {
    name: 'Arabic: a « standing free after a long open quotation still opens one',
    text: 'قال الحداد: «إن المشروع الذي بدأناه في الربيع الماضي « سيكتمل» قريبا».',
    expect: [
      { text: 'إن المشروع الذي بدأناه في الربيع الماضي « سيكتمل» قريبا', kind: 'speech', speaker: 'الحداد' },
      { text: ' سيكتمل', kind: 'other' },
    ],
  },
  {
    name: 'Arabic: verb, speaker, colon',
    text: 'وقال الوزير سامر الحداد: "سنفتح الطريق الجديد قبل نهاية الشهر المقبل".',
    expect: [{ text: 'سنفتح الطريق الجديد قبل نهاية الشهر المقبل', kind: 'speech', speaker: 'سامر الحداد' }],
  },
  {
    name: 'Arabic: نقل عن … قوله and an elided أضاف continuing the speaker',
    text: 'ونقلت صحف محلية عن هالة قوله: "المكتبة ستبقى مفتوحة طوال الصيف".\n\nأضاف: "نحتاج إلى متطوعين جدد في كل حي".',
    expect: [
      { text: 'المكتبة ستبقى مفتوحة طوال الصيف', kind: 'speech', speaker: 'هالة' },
      { text: 'نحتاج إلى متطوعين جدد في كل حي', kind: 'speech', speaker: 'هالة' },
    ],
  },
  {
    name: 'Arabic: outlet name after لـ is not speech; guillemets',
    text: 'وأكد مصدر أمني لـ«النهار» أن «الدوريات ستزداد في الأحياء الشرقية خلال العطلة».',
    expect: [
      { text: 'النهار', kind: 'other' },
      { text: 'الدوريات ستزداد في الأحياء الشرقية خلال العطلة', kind: 'speech', speaker: 'مصدر أمني' },
    ],
  },
  {
    name: 'Arabic: a term after بعنوان',
    text: 'وأطلقت البلدية حملة بعنوان "مدينتنا أجمل" في الربيع.',
    expect: [{ text: 'مدينتنا أجمل', kind: 'other' }],
  },
  {
    name: 'Arabic: an event named after its head noun (مؤتمر، مخيم) is not speech, even in an attributed sentence',
    text: 'وقال المحافظ في افتتاح مؤتمر "الطاقة والمياه في المدن الصحراوية الحديثة" إن المشاريع بدأت، وزار مخيم "أمل الصغار في الصيف القادم" بعد ذلك.',
    expect: [
      { text: 'الطاقة والمياه في المدن الصحراوية الحديثة', kind: 'other' },
      { text: 'أمل الصغار في الصيف القادم', kind: 'other' },
    ],
  },
  {
    name: 'Arabic: nested unbalanced ASCII marks inside a long quotation',
    text: 'وقالت الباحثة ليلى كرم: "إن السوق تحتاج إلى وقت، فـ" الطلب الحالي يجعل من الشركة "لاعبًا كبيرًا" في قطاع "الطاقة النظيفة" المحلي".',
    expect: [
      { text: 'إن السوق تحتاج إلى وقت، فـ" الطلب الحالي يجعل من الشركة "لاعبًا كبيرًا" في قطاع "الطاقة النظيفة" المحلي', kind: 'speech', speaker: 'ليلى كرم' },
      { text: 'لاعبًا كبيرًا', kind: 'other' },
      { text: 'الطاقة النظيفة', kind: 'other' },
    ],
  },
  {
    name: 'Arabic: missing closing mark stops before the narrator (، مضيفًا)',
    text: 'وأوضح المدير نبيل سعد أن "المصنع سيعمل بكامل طاقته، مضيفًا أن العمال عادوا.',
    expect: [{ text: 'المصنع سيعمل بكامل طاقته', kind: 'speech', speaker: 'نبيل سعد' }],
  },
  {
    name: 'Arabic: missing closing mark stops before a verb of going on and its participle (، واسترسل قائلًا "…")',
    text: 'وقال المدير نبيل سعد "المصنع سيعمل بكامل طاقته في الخريف، واسترسل قائلًا "العمال عادوا إلى أماكنهم كلها".',
    expect: [
      { text: 'المصنع سيعمل بكامل طاقته في الخريف', kind: 'speech', speaker: 'نبيل سعد' },
      { text: 'العمال عادوا إلى أماكنهم كلها', kind: 'speech', speaker: 'نبيل سعد' },
    ],
  },
  {
    name: 'English: X said: "…" and "…," he added',
    text: 'Ms Carter said: "We will open the bridge in May." "It has taken too long," she added.',
    expect: [
      { text: 'We will open the bridge in May.', kind: 'speech', speaker: 'Ms Carter' },
      { text: 'It has taken too long,', kind: 'speech', speaker: 'Ms Carter' },
    ],
  },
  {
    name: 'English: "…," X, with appositions past the verb search, told Y',
    text: '"Storage needs will grow," Helen Marsh, from Delta\'s Optics Laboratory, one of the founders of the group, told the newspaper.',
    expect: [{ text: 'Storage needs will grow,', kind: 'speech', speaker: 'Helen Marsh' }],
  },
  {
    name: 'English: "…" said X, role; a quote split by its attribution',
    text: '"The figures are encouraging," said John Ellis, head of research at the bank. "But we remain cautious."',
    expect: [
      { text: 'The figures are encouraging,', kind: 'speech', speaker: 'John Ellis' },
      { text: 'But we remain cautious.', kind: 'speech', speaker: 'John Ellis' },
    ],
  },
  {
    name: 'English: repeated opening mark without closing marks, over paragraphs',
    text: 'Mr Hale told reporters: "The plan is ready. "We start on Monday.\n\n"Nobody will lose their job."',
    expect: [
      { text: 'The plan is ready.', kind: 'speech', speaker: 'Mr Hale' },
      { text: 'We start on Monday.', kind: 'speech', speaker: 'Mr Hale' },
      { text: 'Nobody will lose their job.', kind: 'speech', speaker: 'Mr Hale' },
    ],
  },
  {
    name: 'English: partial quote, scare quote, so-called name, apostrophes',
    text: "The Greens dismissed the offer as \"insulting\". The town's so-called \"Green Mile\" was busy. It's the \"new\" normal.",
    expect: [
      { text: 'insulting', kind: 'speech', speaker: 'Greens' },
      { text: 'Green Mile', kind: 'other' },
      { text: 'new', kind: 'other' },
    ],
  },
  {
    name: 'English: "…," role and role NAME said',
    text: 'Sales rose again in March. "We are ahead of plan," president and chief executive Ana Ruiz said. "Costs are under control," managing director Tom Hale said.',
    expect: [
      { text: 'We are ahead of plan,', kind: 'speech', speaker: 'Ana Ruiz' },
      { text: 'Costs are under control,', kind: 'speech', speaker: 'Tom Hale' },
    ],
  },
  {
    name: 'English: single quotes in a headline',
    text: "Mayor attacks 'reckless' budget\n\nThe mayor spoke on Monday.",
    expect: [{ text: 'reckless', kind: 'speech', speaker: 'Mayor' }],
  },
  {
    name: 'English: a second partial quotation after `and` in the sentence of a speech one keeps its voice',
    text: 'Dr Amara Lee said the scheme was a "welcome first step" and a "model for other towns" in the region.',
    expect: [
      { text: 'welcome first step', kind: 'speech', speaker: 'Dr Amara Lee' },
      { text: 'model for other towns', kind: 'speech', speaker: 'Dr Amara Lee' },
    ],
  },
  {
    name: 'English: a colon after a programme introduces what was said on it',
    text: 'Later, she told the station\'s Morning Desk programme: "We have asked the council twice and heard nothing back."',
    expect: [{ text: 'We have asked the council twice and heard nothing back.', kind: 'speech', speaker: null }],
  },
  {
    name: 'English: a quotation right after a programme is its title',
    text: 'He presents the weekly programme "Bright Ideas For Small Towns" on local radio.',
    expect: [{ text: 'Bright Ideas For Small Towns', kind: 'other' }],
  },
  {
    name: 'English: a partial quotation as the predicate of a name the recogniser does not know stays a term',
    text: 'Kate Morgan "strongly rejected" the plan to close the library.',
    expect: [{ text: 'strongly rejected', kind: 'other' }],
  },
  {
    name: 'Arabic: one speaker over three paragraphs, the opening mark written once and the closing one two paragraphs on',
    text: 'قال الوزير سامر الحداد: «سنفتح الطريق الجديد قبل نهاية الشهر المقبل.\n\nولن نغلق الطريق القديم قبل أن يجهز البديل.\n\nوالعمل يسير بحسب الخطة». وأضاف أن الكلفة لم تتغير.',
    expect: [
      { text: 'سنفتح الطريق الجديد قبل نهاية الشهر المقبل', kind: 'speech', speaker: 'سامر الحداد' },
      { text: 'ولن نغلق الطريق القديم قبل أن يجهز البديل.', kind: 'speech', speaker: 'سامر الحداد' },
      { text: 'والعمل يسير بحسب الخطة', kind: 'speech', speaker: 'سامر الحداد' },
    ],
  },
  {
    name: 'English: one speaker over three paragraphs with a single opening and a single closing mark',
    text: 'The mayor, Tom Fielding, said: "We will rebuild the pier before the summer season starts.\n\nThe money is there and the builders are ready to start work.\n\nNobody wants the works to drag on into the holidays." The council votes next week.',
    expect: [
      { text: 'We will rebuild the pier before the summer season starts.', kind: 'speech', speaker: 'Tom Fielding' },
      { text: 'The money is there and the builders are ready to start work.', kind: 'speech', speaker: 'Tom Fielding' },
      { text: 'Nobody wants the works to drag on into the holidays.', kind: 'speech', speaker: 'Tom Fielding' },
    ],
  },
];

/** A PER or ORG entity for each name, mentioned wherever it is written. */
function entitiesFor(text: string, names: [string, 'PER' | 'ORG'][]) {
  return names.map(([name, type], k) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name });
    return { id: `E-${k + 1}`, type, name, mentions };
  });
}

describe('findQuotes: an English partial quotation in the predicate of a named subject', () => {
  const table: { name: string; text: string; names: [string, 'PER' | 'ORG'][]; expect: [string, 'speech' | 'other', string | null][] }[] = [
    {
      name: 'a person subject, then a short quoted predicate',
      text: 'Kate Morgan "strongly rejected" the plan to close the library.',
      names: [['Kate Morgan', 'PER']],
      expect: [['strongly rejected', 'speech', 'Kate Morgan']],
    },
    {
      name: 'an organisation subject after a sentence opener, and an adverb before the quotation',
      text: 'But Greenfield Trust also "deeply regrets" the delay to the new wing.',
      names: [['Greenfield Trust', 'ORG']],
      expect: [['deeply regrets', 'speech', 'Greenfield Trust']],
    },
    {
      name: 'a long quotation is not read this way',
      text: 'Kate Morgan "rejected the plan to close the library on the hill" last week.',
      names: [['Kate Morgan', 'PER']],
      expect: [['rejected the plan to close the library on the hill', 'other', null]],
    },
    {
      name: 'a quotation opening with a capital is a name or title',
      text: 'Kate Morgan "Reading Rooms" opened on Monday.',
      names: [['Kate Morgan', 'PER']],
      expect: [['Reading Rooms', 'other', null]],
    },
  ];
  for (const c of table) {
    it(c.name, () => {
      // The rules' reading (kinds: null): the learned kinds model may take a long quotation with
      // no cue for speech (quote-kinds.test.ts tests it apart).
      const got = findQuotes(createDoc(c.text), entitiesFor(c.text, c.names), { kinds: null }).filter((q) => q.kind !== 'reported');
      assert.deepEqual(got.map((q) => [q.text, q.kind, q.speaker?.text ?? null]), c.expect);
    });
  }
});

describe('findQuotes', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = quotesOf(c.text);
      assert.deepEqual(got.map((q) => q.text), c.expect.map((e) => e.text));
      c.expect.forEach((e, i) => {
        assert.equal(got[i].kind, e.kind, `kind of «${e.text}»`);
        assert.equal(c.text.slice(got[i].start, got[i].end), got[i].text);
        if (e.speaker !== undefined) assert.equal(got[i].speaker?.text ?? null, e.speaker, `speaker of «${e.text}»`);
        if (got[i].speaker) assert.equal(c.text.slice(got[i].speaker!.start, got[i].speaker!.end), got[i].speaker!.text);
      });
    });
  }

  it('runs a quotation on through paragraphs only when they hold no marks of their own and at most eight of them', () => {
    const opening = 'قال الوزير سامر الحداد: «سنفتح الطريق الجديد قبل نهاية الشهر المقبل.\n\n';
    const closing = '\n\nوالعمل يسير بحسب الخطة». وأضاف أن الكلفة لم تتغير.';
    const withMarks = quotesOf(`${opening}وتحدث عن مشروع «الطريق الأخضر» في الجنوب.${closing}`);
    assert.ok(!withMarks.some((q) => q.text.startsWith('وتحدث')), withMarks.map((q) => q.text).join(' | '));
    const middle = Array.from({ length: 9 }, (_, i) => `هذه فقرة رقم ${i + 1} من الكلام المتصل بلا علامات.`).join('\n\n');
    const tooLong = quotesOf(`${opening}${middle}${closing}`);
    assert.ok(!tooLong.some((q) => q.text.startsWith('هذه فقرة')), tooLong.map((q) => q.text).join(' | '));
  });

  it('finds reported speech with its speaker', () => {
    const text = 'وقال الوزير سامر الحداد إن الطريق سيفتح قريبا. Mr Hale said that the plan was ready.';
    const reported = findQuotes(createDoc(text), []).filter((q) => q.kind === 'reported');
    assert.equal(reported.length >= 1, true);
    assert.equal(reported[0].speaker?.text, 'سامر الحداد');
    assert.equal(reported[0].text.startsWith('الطريق سيفتح قريبا'), true);
    const en = findQuotes(createDoc('Mr Hale said that the plan was ready.'), []).filter((q) => q.kind === 'reported');
    assert.equal(en[0].text, 'the plan was ready');
    assert.equal(en[0].speaker?.text, 'Mr Hale');
  });

  it('never takes a possessive name in the sentence for the speaker', () => {
    const text = `Ms Carter said: "We will open the bridge in May." The minister attacked Harlow's new plans as "reckless".`;
    const at = text.indexOf("Harlow's");
    const entities = [{ id: 'ORG-1', type: 'ORG' as const, name: "Harlow's", mentions: [{ start: at, end: at + 8, text: "Harlow's" }] }];
    const quotes = findQuotes(createDoc(text), entities).filter((q) => q.kind === 'speech');
    assert.deepEqual(quotes.map((q) => q.speaker?.text), ['Ms Carter', 'Ms Carter']);
  });

  it('"he" or "she" is the last person who spoke, not an organisation that spoke since, and speaks on', () => {
    const text = 'Mr Ward said: "The plan costs too much." The Treasury says the plan is cheap. "Who pays for it?" he asked. "Nobody knows." The Treasury said: "Everyone." "It is fair," she said.';
    const entities = entitiesFor(text, [['Ward', 'PER'], ['Treasury', 'ORG']]);
    for (const ranker of [undefined, null]) {
      const quotes = findQuotes(createDoc(text), entities, { ranker }).filter((q) => q.kind === 'speech');
      // "Nobody knows." has no cue: the one who spoke last, he, goes on.
      assert.deepEqual(quotes.map((q) => q.speaker?.text), ['Mr Ward', 'Mr Ward', 'Mr Ward', 'Treasury', 'Mr Ward'], ranker === null ? 'the rules' : 'the ranker');
    }
  });

  it('"he" before anyone spoke is the person named just before, a possessive one too', () => {
    const text = 'This is Hale\'s tenth season with the band. "It never gets easier," he says. "We rehearse every day."';
    const entities = entitiesFor(text, [['Hale', 'PER']]);
    for (const ranker of [undefined, null]) {
      const quotes = findQuotes(createDoc(text), entities, { ranker }).filter((q) => q.kind === 'speech');
      assert.deepEqual(quotes.map((q) => q.speaker?.text ?? null), ['Hale', 'Hale'], ranker === null ? 'the rules' : 'the ranker');
    }
  });

  it('"the Westbury player" stands for the person named before, not the club in it; a holder named after the role stays', () => {
    const cases: [string, [string, 'PER' | 'ORG'][], string[]][] = [
      ['The versatile Dean Okafor starred again. "We can win the group," said the Westbury player. "It is ours."', [['Dean Okafor', 'PER'], ['Westbury', 'ORG']], ['Dean Okafor', 'Dean Okafor']],
      ['Dean Okafor starred again. The Westbury player said: "We can win the group."', [['Dean Okafor', 'PER'], ['Westbury', 'ORG']], ['Dean Okafor']],
      ['Dean Okafor starred again. "We can win," said the Westbury manager Sam Doyle.', [['Dean Okafor', 'PER'], ['Westbury', 'ORG'], ['Sam Doyle', 'PER']], ['Sam Doyle']],
    ];
    for (const [text, names, want] of cases) for (const ranker of [undefined, null]) {
      const quotes = findQuotes(createDoc(text), entitiesFor(text, names), { ranker }).filter((q) => q.kind === 'speech');
      assert.deepEqual(quotes.map((q) => q.speaker?.text ?? null), want, `${ranker === null ? 'the rules' : 'the ranker'}: ${text}`);
    }
  });

  it('"the foreign secretary" is the person named with that office earlier, by the latest mention of their name', () => {
    const text = 'Earlier Foreign Secretary Ann Pell said the deal was fair. Shadow minister Mr Ross said: "It is not." The foreign secretary meanwhile said: "It is fair."';
    const entities = findEntities(createDoc(text));
    const pell = entities.find((e) => e.name === 'Ann Pell');
    assert.ok(pell?.mentions.some((m) => m.byRole && m.text === 'foreign secretary'), JSON.stringify(entities));
    for (const ranker of [undefined, null]) {
      const quotes = findQuotes(createDoc(text), entities, { ranker }).filter((q) => q.kind === 'speech');
      assert.deepEqual(quotes.map((q) => q.speaker?.text ?? null), ['Mr Ross', 'Ann Pell'], ranker === null ? 'the rules' : 'the ranker');
    }
  });

  it('a pronoun after a sentence whose subject is a named person refers to that person', () => {
    const text = 'Ms Carter said: "We will open the bridge in May." Meanwhile Mr Oduya is touring the northern towns this week. He said: "Every town needs a bridge."\n\nMs Carter\'s critics disagree. He added: "They will see."';
    const quotes = findQuotes(createDoc(text), entitiesFor(text, [['Carter', 'PER'], ['Oduya', 'PER']])).filter((q) => q.kind === 'speech');
    assert.deepEqual(quotes.map((q) => q.speaker?.text), ['Ms Carter', 'Mr Oduya', 'Mr Oduya']);
  });

  it('a sentence whose subject is a person after an organisation and a role word gives "he" that person', () => {
    const text = 'Kim Lowe said: "The team is ready." But Westbury City manager Sam Doyle hinted he could stay. He said: "We have work to do."';
    const quotes = findQuotes(createDoc(text), entitiesFor(text, [['Kim Lowe', 'PER'], ['Sam Doyle', 'PER'], ['Westbury City', 'ORG']])).filter((q) => q.kind === 'speech');
    assert.deepEqual(quotes.map((q) => q.speaker?.text), ['Kim Lowe', 'Sam Doyle']);
  });

  it('links the speaker to an overlapping entity mention', () => {
    const text = 'Ms Carter said: "We will open the bridge in May."';
    const entities = [{ id: 'PER-1', type: 'PER' as const, name: 'Carter', mentions: [{ start: 3, end: 9, text: 'Carter' }] }];
    const [q] = findQuotes(createDoc(text), entities);
    assert.equal(q.speaker?.entity, 'PER-1');
  });
});

describe('findQuotes on adversarial input', function () {
  // Speed on these inputs is measured by `npm run bench`, not asserted here; the timeout only
  // stops a hang from stalling the suite.
  this.timeout(60_000);
  const inputs: [string, string][] = [
    ['1 MB of straight quotes', '"'.repeat(1 << 20)],
    ['unbalanced guillemets', '«'.repeat(200000) + ' نص ' + '»'.repeat(3)],
    ['a 10k-character word between marks', `"${'a'.repeat(10000)}" and "${'ب'.repeat(10000)}`],
    ['mixed scripts and emoji', `قال أحمد: "hello 😀 مرحبا" ${'“x” ‘y’ „z“ ‹w› '.repeat(20000)}`],
    ['quotes in one long line', `He said "a b c d". `.repeat(40000)],
    ['reporting verbs without any sentence end', 'قال "أ ب" '.repeat(50000)],
    ['stray closing marks after a colon', 'قال: ' + '«أ» ب» ج» '.repeat(30000)],
  ];
  for (const [name, text] of inputs) {
    it(`returns well-formed quotes: ${name}`, () => {
      const quotes = findQuotes(createDoc(text), []);
      for (const q of quotes) assert.ok(0 <= q.start && q.start <= q.end && q.end <= text.length);
    });
  }
});

describe('quotations in a dateline paragraph', () => {
  it('never take the dateline source for the speaker', () => {
    const text =
      'Minister defends spending plan\n\nLONDON (Reuters) - Finance minister Joanna Pembroke on Wednesday defended the budget, saying the country could not afford more "patching up roads and schools".\n\nShe said the plan would pass.';
    const quote = analyzeArticle(text).quotes.find((q) => q.text === 'patching up roads and schools');
    assert.ok(quote, 'the quotation is found');
    assert.notEqual(quote.speaker?.text, 'Reuters');
    assert.equal(quote.speaker?.text, 'Joanna Pembroke');
  });
});
