import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analysis';
import { MentionIndex } from '../../src/core/quotes/mentions';
import { canSpeak, shapeFeatures, speakerCandidates, type Candidate, type QuoteSituation } from '../../src/core/quotes/speaker-candidates';
import { feminineArabicSpeaker, feminineArabicVerb, maleGivenName } from '../../src/core/quotes/speaker-shape-ar';
import { SURE_SPEAKER, rankWith, scoreCandidate, unsureSpeaker } from '../../src/core/quotes/speaker-ranker';
import { findQuotes } from '../../src/core/quotes';
import { createDoc } from '../../src/core/doc';
import { speakerDisplayName } from '../../src/core/quotes/speaker-name';
import { quoteTokens } from '../../src/core/quotes/tokens';
import type { Entity, EntityType, Speaker } from '../../src/core/types';

// Fixtures are short original sentences written for these tests.

/** An entity for every [type, surface] pair, each mention at every occurrence of its surface. */
function entitiesIn(text: string, names: [EntityType, string][]): Entity[] {
  return names.map(([type, name], k) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name });
    return { id: `${type}-${k}`, type, name, mentions } as unknown as Entity;
  });
}

function speakerAt(text: string, phrase: string, entities: Entity[] = []): Speaker {
  const start = text.indexOf(phrase);
  const m = entities.find((e) => e.mentions.some((x) => x.start === start));
  return { start, end: start + phrase.length, text: phrase, entity: m ? m.id : null };
}

describe('quotation speakers: what can speak', () => {
  const cases: { lang: 'ar' | 'en'; text: string; phrase: string; names?: [EntityType, string][]; speaks: boolean; has?: string }[] = [
    { lang: 'ar', text: 'قال سامر الحداد إن الطريق جاهز', phrase: 'سامر الحداد', names: [['PER', 'سامر الحداد']], speaks: true, has: 'type:PER' },
    { lang: 'ar', text: 'قالت وزارة الصحة إن اللقاح متوفر', phrase: 'وزارة الصحة', names: [['ORG', 'وزارة الصحة']], speaks: true, has: 'type:ORG' },
    { lang: 'ar', text: 'قال مصدر عسكري إن الهدوء عاد', phrase: 'مصدر عسكري', speaks: true, has: 'source' },
    { lang: 'ar', text: 'قال الرئيس الجديد إن الموازنة أقرت', phrase: 'الرئيس الجديد', speaks: true, has: 'role' },
    { lang: 'ar', text: 'قالت عمّان إن الحدود مفتوحة', phrase: 'عمّان', names: [['LOC', 'عمّان']], speaks: false, has: 'type:LOC' },
    { lang: 'ar', text: 'قال 2015 إن شيئا حدث', phrase: '2015', speaks: false, has: 'digit' },
    { lang: 'ar', text: 'وقال الزبون دائمًا إن الطعام بارد', phrase: 'الزبون دائمًا', speaks: false, has: 'noun-phrase' },
    { lang: 'ar', text: 'وقال الطعام البارد كذلك إنه جاهز', phrase: 'الطعام البارد كذلك', speaks: false, has: 'noun-phrase' },
    { lang: 'ar', text: 'وقال النادل إن الطعام جاهز', phrase: 'النادل', speaks: true, has: 'plain' },
    { lang: 'ar', text: 'وقال بصراحة إن الطعام بارد', phrase: 'بصراحة', speaks: false, has: 'noun-phrase' },
    { lang: 'ar', text: 'وأكدت الإصابة الأخيرة أن الملعب خطر', phrase: 'الإصابة الأخيرة', speaks: false, has: 'noun-phrase' },
    { lang: 'ar', text: 'وقالت الواقعية الجديدة إن الفن تغير', phrase: 'الواقعية الجديدة', speaks: false, has: 'noun-phrase' },
    { lang: 'ar', text: 'وبحسب تقديره فإن الموسم طويل', phrase: 'تقديره', speaks: false, has: 'noun-phrase' },
    { lang: 'ar', text: 'أبرز مواقفها الأخيرة حين قالت إن الحل قريب', phrase: 'أبرز مواقفها الأخيرة', speaks: false, has: 'noun-phrase' },
    { lang: 'ar', text: 'وقال عبد الله إن الحل قريب', phrase: 'عبد الله', speaks: true, has: 'plain' },
    { lang: 'ar', text: 'وقال شقيقه إن الحل قريب', phrase: 'شقيقه', speaks: true, has: 'role' },
    { lang: 'ar', text: 'وقالت الإدارة إن الدوام يبدأ غدا', phrase: 'الإدارة', speaks: true, has: 'plain' },
    { lang: 'ar', text: 'وقالت الجمعية إن التبرعات زادت', phrase: 'الجمعية', speaks: true, has: 'plain' },
    { lang: 'ar', text: 'وقالت الكاتبة إن الرواية جاهزة', phrase: 'الكاتبة', speaks: true, has: 'role' },
    { lang: 'ar', text: 'وقال علي الأحمدي إن القوات تقدمت', phrase: 'علي الأحمدي', speaks: true, has: 'plain' },
    { lang: 'ar', text: 'ويؤكد التثبت من البرنامج أن الخطة جاهزة', phrase: 'التثبت', speaks: false, has: 'noun-phrase' },
    { lang: 'ar', text: 'وأظهر الاستخدام الجديد أن الخطة جاهزة', phrase: 'الاستخدام الجديد', speaks: false, has: 'noun-phrase' },
    { lang: 'ar', text: 'وقال توفيق إن الخطة جاهزة', phrase: 'توفيق', speaks: true, has: 'plain' },
    { lang: 'ar', text: 'وكان يصرخ قائلا للطباخ إن الطعام جاهز', phrase: 'لطباخ', names: [['PER', 'لطباخ']], speaks: false, has: 'prepositional' },
    { lang: 'ar', text: 'ينادي النادل على الطباخ كل مساء', phrase: 'الطباخ', names: [['PER', 'الطباخ']], speaks: false, has: 'prepositional' },
    { lang: 'ar', text: 'في إحدى المرات قال لي إن الكتابة صعبة', phrase: 'لي', names: [['PER', 'لي']], speaks: false, has: 'prepositional' },
    { lang: 'ar', text: 'وأشاد بالرئيس السابق في كلمته', phrase: 'بالرئيس السابق', speaks: false, has: 'prepositional' },
    { lang: 'ar', text: 'وقال في تصريحات إلى "الوطن" أمس إن الحل قريب', phrase: 'الوطن', names: [['ORG', 'الوطن']], speaks: false, has: 'prepositional' },
    { lang: 'ar', text: 'وقال مصدر لـ«المدينة» إن الحل قريب', phrase: 'المدينة', names: [['ORG', 'المدينة']], speaks: false, has: 'prepositional' },
    { lang: 'ar', text: 'وقال في حديث مع "الوطن" إن الحل قريب', phrase: 'الوطن', names: [['ORG', 'الوطن']], speaks: false, has: 'prepositional' },
    { lang: 'ar', text: 'وتحدث المخرج عن الحلقات التي خصصها حول داعش قائلا', phrase: 'داعش', names: [['ORG', 'داعش']], speaks: false, has: 'prepositional' },
    { lang: 'ar', text: 'ووقف أمام الجمهور يحذر ومع الحكومة يتفق', phrase: 'الحكومة', names: [['ORG', 'الحكومة']], speaks: false, has: 'prepositional' },
    { lang: 'ar', text: 'وقال مصدر في الوزارة إن الحل قريب', phrase: 'الوزارة', names: [['ORG', 'الوزارة']], speaks: true },
    { lang: 'ar', text: 'ونقلت الوكالة عن الوزير قوله إن الحل قريب', phrase: 'الوزير', speaks: true },
    { lang: 'ar', text: 'وقالت «المدينة» إن الحل قريب', phrase: 'المدينة', names: [['ORG', 'المدينة']], speaks: true, has: 'type:ORG' },
    { lang: 'ar', text: 'وفقا للوزارة فإن اللقاح متوفر', phrase: 'لوزارة', names: [['ORG', 'لوزارة']], speaks: true, has: 'type:ORG' },
    { lang: 'ar', text: 'وقال علي الأحمدي إن القوات تقدمت على الجبهة', phrase: 'علي الأحمدي', speaks: true, has: 'plain' },
    { lang: 'en', text: 'The rules said nothing about it', phrase: 'The rules', speaks: false, has: 'noun-phrase' },
    { lang: 'en', text: 'A council spokeswoman said the road was shut', phrase: 'A council spokeswoman', speaks: true, has: 'source' },
    { lang: 'en', text: 'Ms Lane said the road was shut', phrase: 'Ms Lane', names: [['PER', 'Lane']], speaks: true, has: 'feminine' },
    { lang: 'en', text: 'Harbourview said the road was shut', phrase: 'Harbourview', speaks: true, has: 'capitalised' },
    { lang: 'en', text: 'The DDoS attacks rose, he said', phrase: 'DDoS', names: [['MISC', 'DDoS']], speaks: false, has: 'type:MISC' },
    { lang: 'ar', text: 'ذكرت وكالة أنباء مرسين التركية أن الطريق مغلق', phrase: 'وكالة أنباء مرسين التركية', names: [['LOC', 'مرسين']], speaks: true, has: 'type:ORG' },
    { lang: 'ar', text: 'وقالت وزارة الصحة إن اللقاح متوفر', phrase: 'وزارة الصحة', speaks: true, has: 'org-head' },
    { lang: 'ar', text: 'وقال رزق الله إن الخطة جاهزة', phrase: 'رزق الله', names: [['MISC', 'رزق الله']], speaks: true, has: 'type:MISC' },
  ];
  for (const c of cases) {
    it(`${c.phrase} in «${c.text}» ${c.speaks ? 'can' : 'cannot'} speak${c.has ? ` (${c.has})` : ''}`, () => {
      const entities = entitiesIn(c.text, c.names ?? []);
      const mentions = new MentionIndex(entities);
      const speaker = speakerAt(c.text, c.phrase, entities);
      assert.equal(canSpeak(c.text, c.lang, mentions, speaker), c.speaks);
      if (c.has) assert.ok(shapeFeatures(c.text, c.lang, mentions, speaker).includes(c.has), shapeFeatures(c.text, c.lang, mentions, speaker).join(' '));
    });
  }
});

describe('quotation speakers: gender agreement of Arabic verbs and speakers', () => {
  // A ت of the root or the pattern (لفت، تابع، تحدث) and the first person (قلت) are not feminine.
  const verbs: [string, boolean][] = [['قال', false], ['قالت', true], ['وأضافت', true], ['وأضاف', false], ['تقول', true], ['يقول', false], ['أكدت', true],
    ['وتابع', false], ['تابعت', true], ['لفت', false], ['ولفتت', true], ['قلت', false], ['تحدث', false], ['تضيف', true]];
  for (const [word, feminine] of verbs) {
    it(`${word} is ${feminine ? 'feminine' : 'masculine'}`, () => assert.equal(feminineArabicVerb(quoteTokens(word, 0, word.length)[0]), feminine));
  }
  const speakers: [string, boolean][] = [['ليلى حداد', true], ['فاطمة', true], ['مها', true], ['سامر الحداد', false], ['المتحدثة', true], ['المتحدث', false]];
  for (const [name, feminine] of speakers) {
    it(`${name} looks ${feminine ? 'feminine' : 'masculine'}`, () => assert.equal(feminineArabicSpeaker(quoteTokens(name, 0, name.length)), feminine));
  }
});

describe('quotation speakers: a feminine verb never has a man for its subject', () => {
  const names: [string, boolean][] = [['سامر الحداد', true], ['محمد بن سلمان', true], ['جون كيري', true], ['ليلى حداد', false], ['زينب الحسن', false],
    ['إيمان النجار', false], ['أسماء', false], ['الحداد', false], ['ميركل', false]];
  for (const [name, male] of names) {
    it(`${name} is ${male ? '' : 'not '}known as a man by the given name`, () => assert.equal(maleGivenName(name), male));
  }
  const table: { verb: string; speaks: boolean }[] = [{ verb: 'وقالت', speaks: false }, { verb: 'وقال', speaks: true }];
  for (const t of table) {
    it(`${t.verb} سامر الحداد → ${t.speaks ? 'a candidate' : 'no candidate'}`, () => {
      const text = `${t.verb} سامر الحداد: «الحل قريب».`;
      const entities = entitiesIn(text, [['PER', 'سامر الحداد']]);
      const openAt = text.indexOf('«');
      const s: QuoteSituation = {
        text, lang: 'ar', mentions: new MentionIndex(entities), openAt, closeEnd: text.indexOf('»') + 1, sentenceStart: 0, sentenceEnd: text.length,
        paragraphStart: 0, prefix: quoteTokens(text, 0, openAt), cueFound: true, askedPrevious: false, askedPerson: false, askedOrganisation: false,
        rule: { speaker: speakerAt(text, 'سامر الحداد', entities), source: 'phrase' },
        previous: null, previousSpokeAt: -1, earlier: [], headings: [],
      };
      assert.equal(speakerCandidates(s).some((c) => c.speaker?.text === 'سامر الحداد'), t.speaks);
    });
  }
});

describe('quotation speakers: the ranker', () => {
  const person: Speaker = { start: 0, end: 4, text: 'Lane', entity: 'PER-1' };
  const place: Speaker = { start: 10, end: 16, text: 'Harbor', entity: null };
  const candidates: Candidate[] = [
    { speaker: null, features: ['null'] },
    { speaker: place, features: ['candidate', 'src:rule-phrase', 'plain'] },
    { speaker: person, features: ['candidate', 'src:previous', 'type:PER'] },
  ];
  const table: { name: string; weights: Record<string, number>; lang: 'ar' | 'en'; pick: number }[] = [
    { name: 'no weights: the first candidate, nobody', weights: {}, lang: 'en', pick: 0 },
    { name: 'the rules trusted', weights: { 'en:src:rule-phrase': 2 }, lang: 'en', pick: 1 },
    { name: 'a plain phrase outweighed by a person', weights: { 'en:src:rule-phrase': 2, 'en:plain': -3, 'en:type:PER': 1 }, lang: 'en', pick: 2 },
    { name: 'everything below nobody', weights: { 'en:candidate': -1 }, lang: 'en', pick: 0 },
    { name: 'weights of the other language count for nothing', weights: { 'ar:type:PER': 5 }, lang: 'en', pick: 0 },
    { name: 'each language its own weights', weights: { 'ar:type:PER': 5 }, lang: 'ar', pick: 2 },
  ];
  for (const t of table) {
    it(`${t.name} → candidate ${t.pick}`, () => {
      assert.equal(rankWith({ weights: t.weights })(candidates, t.lang, { start: 20, end: 30 }), t.pick);
    });
  }
  it('a score is the sum of the weights of the features', () => {
    assert.equal(scoreCandidate({ weights: { 'en:candidate': 0.5, 'en:type:PER': 1.25, 'en:src:previous': -0.25 } }, candidates[2], 'en'), 1.5);
  });
  // Scores 0 (nobody), 2 (the place), 2 + ln 2 (the person): probabilities 1 : e² : 2e².
  const weights = { 'en:src:rule-phrase': 2, 'en:src:previous': 2 + Math.log(2) };
  const total = 1 + 3 * Math.exp(2);
  const sure: { name: string; index: number; confidence: number; overruled?: boolean }[] = [
    { name: 'the pick', index: 2, confidence: (2 * Math.exp(2)) / total },
    { name: 'another candidate', index: 1, confidence: Math.exp(2) / total },
    { name: 'nobody', index: 0, confidence: 1 / total },
    { name: 'the pick, the place overruled', index: 2, confidence: (2 * Math.exp(2)) / (1 + 2 * Math.exp(2)), overruled: true },
  ];
  for (const t of sure) {
    it(`confidence of ${t.name}: its probability among the candidates not overruled`, () => {
      const list = candidates.map((c, i) => (t.overruled && i === 1 ? { ...c, overruled: true } : c));
      assert.ok(Math.abs(rankWith({ weights }).confidence!(list, 'en', t.index) - t.confidence) < 1e-9);
    });
  }
  it('an overruled candidate has no probability', () => {
    assert.equal(rankWith({ weights }).confidence!(candidates.map((c, i) => (i === 1 ? { ...c, overruled: true } : c)), 'en', 1), 0);
  });
  const unsure: { confidence?: number; speaker: boolean; unsure: boolean }[] = [
    { confidence: 0.67, speaker: true, unsure: true },
    { confidence: 0.9, speaker: true, unsure: false },
    { confidence: 0.4, speaker: false, unsure: false },
    { speaker: true, unsure: false },
  ];
  for (const t of unsure) {
    it(`a ${t.speaker ? 'speaker' : 'quotation with nobody'} picked with ${t.confidence ?? 'no'} confidence is ${t.unsure ? '' : 'not '}unsure (below ${SURE_SPEAKER})`, () => {
      assert.equal(unsureSpeaker({ speaker: t.speaker ? person : null, speakerConfidence: t.confidence }), t.unsure);
    });
  }
  it('a speaker the user set is never unsure, whatever the ranker said', () => {
    assert.equal(unsureSpeaker({ speaker: person, speakerConfidence: 0.4, confirmed: true }), false);
  });
  it('quotations found with the shipped ranker say how sure it was, as two decimals', () => {
    const text = 'وقال سامر الحداد: «الحل قريب».';
    const [quote] = findQuotes(createDoc(text), entitiesIn(text, [['PER', 'سامر الحداد']]));
    assert.equal(quote.speaker?.text, 'سامر الحداد');
    assert.ok(quote.speakerConfidence !== undefined && quote.speakerConfidence >= 0 && quote.speakerConfidence <= 1);
    assert.equal(quote.speakerConfidence, Math.round(quote.speakerConfidence * 100) / 100);
  });
});

describe('quotation speakers: the rules\' pick cannot speak', () => {
  // The rules read an adverbial (بصراحة) as the subject: nobody in the sentence speaks, and a name
  // read far back with no other support must not beat the empty candidate's rule prior.
  // The name stands in an earlier paragraph, beyond the reach of the names read nearby.
  const text = `كتبت سلمى النجار عن المطاعم. ${'كان الطعام جيدا والمكان هادئا. '.repeat(8)}\n\nسأل النادل أحد الزبائن، فأجابه بصراحة: «أفكر قليلا».`;
  const names: [EntityType, string][] = [['PER', 'سلمى النجار']];
  const table: { name: string; rule: string; previous: boolean; nullHas: string }[] = [
    { name: 'an adverbial read as the subject, a name read once far back', rule: 'بصراحة', previous: false, nullHas: 'null&rule:none' },
    { name: 'an adverbial read as the subject, the name also the previous speaker', rule: 'بصراحة', previous: true, nullHas: 'null&rule:phrase' },
    { name: 'a person read as the subject', rule: 'سلمى النجار', previous: false, nullHas: 'null&rule:phrase' },
  ];
  for (const t of table) {
    it(`${t.name} → ${t.nullHas}`, () => {
      const entities = entitiesIn(text, names);
      const mentions = new MentionIndex(entities);
      const openAt = text.indexOf('«');
      const sentenceStart = text.indexOf('سأل');
      const person = speakerAt(text, 'سلمى النجار', entities);
      const s: QuoteSituation = {
        text, lang: 'ar', mentions, openAt, closeEnd: text.indexOf('»') + 1, sentenceStart, sentenceEnd: text.length,
        paragraphStart: sentenceStart, prefix: quoteTokens(text, sentenceStart, openAt), cueFound: true, askedPrevious: false, askedPerson: false, askedOrganisation: false,
        rule: { speaker: speakerAt(text, t.rule, entities), source: 'phrase' },
        previous: t.previous ? person : null, previousSpokeAt: -1, earlier: [], headings: [],
      };
      assert.ok(speakerCandidates(s)[0].features.includes(t.nullHas), speakerCandidates(s)[0].features.join(' '));
    });
  }
});

describe('quotation speakers: the name shown', () => {
  const table: { written: string; entity?: { name: string; type: EntityType }; shown: string }[] = [
    { written: 'بوتين', entity: { name: 'فلاديمير بوتين', type: 'PER' }, shown: 'فلاديمير بوتين' },
    { written: 'وبوتين', entity: { name: 'فلاديمير بوتين', type: 'PER' }, shown: 'فلاديمير بوتين' },
    { written: 'Mr Straw', entity: { name: 'Jack Straw', type: 'PER' }, shown: 'Jack Straw' },
    { written: 'مصدر عسكري', shown: 'مصدر عسكري' },
    { written: 'Lane', entity: { name: 'Harbor Board', type: 'ORG' }, shown: 'Lane' },
    { written: 'Leeds', entity: { name: 'Leeds United', type: 'LOC' }, shown: 'Leeds' },
  ];
  for (const t of table) {
    it(`${t.written}${t.entity ? ` (${t.entity.name})` : ''} → ${t.shown}`, () => assert.equal(speakerDisplayName({ text: t.written }, t.entity), t.shown));
  }
});

describe('quotation speakers: carried over paragraphs', () => {
  interface Case { name: string; text: string; speakers: (string | null)[] }
  const cases: Case[] = [
    {
      name: 'Arabic: وأضاف and a verbless quotation continue the speaker; a new paragraph names a new one',
      text: 'مشروع المستشفيات الجديدة\n\nقال وزير الصحة سامر الحداد في مؤتمر صحفي أمس: «نعمل على توسيع المستشفيات في كل المحافظات».\n\nوأضاف: «سنفتتح ثلاثة مراكز جديدة قبل نهاية العام المقبل».\n\n«الخطة تبدأ الشهر المقبل في المدن الكبرى أولا».\n\nمن جهتها قالت الطبيبة ليلى حداد: «نحتاج إلى مزيد من الممرضين في الأرياف».\n',
      speakers: ['سامر الحداد', 'سامر الحداد', 'سامر الحداد', 'ليلى حداد'],
    },
    {
      name: 'Arabic: a preposition\'s object before the verb is not its subject',
      text: 'عنوان الخبر\n\nقالت المهندسة ريم السالم: «الجسر سيفتح قريبا أمام السيارات».\n\nوعن أسباب التأخير، قالت: «واجهنا مشكلات في توريد الحديد من الخارج».\n',
      speakers: ['ريم السالم', 'ريم السالم'],
    },
    {
      name: 'Arabic: an institution\'s statement (وقالت الشركة في بيان) is the organisation named earlier',
      text: 'أرباح قياسية\n\nأعلنت شركة النور للطاقة عن أرباح قياسية هذا العام في تقريرها السنوي.\n\nوقالت الشركة في بيان: «نتوقع نموا أكبر في العام المقبل بفضل المشاريع الجديدة».\n',
      speakers: ['شركة النور للطاقة'],
    },
    {
      name: 'Arabic: a statement speaks for its issuer named after it (بيان لـ«…»، بيان X، البيان الصادر عن X)',
      text: 'مساعدات الشتاء\n\nوقال بيان لـ«منظمة الأمل»: «سنواصل توزيع المساعدات في المخيمات حتى نهاية الشتاء».\n\nوأكد بيان مجلس المدينة: «ستفتح المدارس أبوابها للعائلات النازحة».\n\nوذكر البيان الصادر عن وزارة الزراعة: «نحتاج إلى مزيد من الشاحنات لنقل القمح».\n',
      speakers: ['منظمة الأمل', 'مجلس المدينة', 'وزارة الزراعة'],
    },
    {
      name: 'Arabic: بيان للاتحاد is the union named earlier, not the word بيان',
      text: 'سباق الدراجات\n\nأعلن الاتحاد العربي للدراجات موعد السباق الجديد.\n\nوقال بيان للاتحاد: «سيقام السباق في الربيع بمشاركة عشرين فريقا».\n',
      speakers: ['الاتحاد'],
    },
    {
      name: 'Arabic: وأضافت الصحيفة is the newspaper named earlier, not the word',
      text: 'تقرير صحفي\n\nنشرت صحيفة الفجر الجديد تقريرا عن الميناء.\n\nوأضافت الصحيفة: «العمل في الميناء سيستمر حتى نهاية العام المقبل».\n',
      speakers: ['الفجر'],
    },
    {
      name: 'Arabic: a quoted name inside the subject (رئيس حزب «…» فلان) does not cut the subject in two',
      text: 'مؤتمر عن التطرف\n\nأكد رئيس حزب «الأمل الجديد» الدكتور سامر الحداد أن «الحلول العسكرية لا تكفي وحدها».\n\nوأضاف: «المطلوب إصلاح التعليم أولا».\n',
      speakers: ['سامر الحداد', 'سامر الحداد'],
    },
    {
      name: 'English: "the fund said" is the organisation named earlier, though it never spoke before',
      text: 'Fund results\n\nThe Northern Pension Fund lost money last year.\n\n"We expect a better year," the fund said.\n',
      speakers: ['Northern Pension Fund'],
    },
    {
      name: 'English: a verbless quotation continues the speaker, but not past a subheading',
      text: 'Harbour plans for the summer\n\nThe mayor, Tom Fielding, said on Monday that the town would rebuild its pier before the summer season, after storms damaged it in the winter.\n\nThe mayor, Tom Fielding, said: "We will rebuild the pier before the summer season starts."\n\n"Nobody wants the works to drag on into the holidays."\n\nMoney for the works\n\n"Every penny of the money has been found already."\n\nThe council will vote on the plan next week, and the works could start in March if it passes.\n',
      speakers: ['Tom Fielding', 'Tom Fielding', null],
    },
    {
      name: 'English: he added across paragraphs, then a new speaker named',
      text: 'Harbour plans\n\nThe mayor, Tom Fielding, said: "We will rebuild the pier before the summer season starts."\n\nHe added: "Nobody wants the works to drag on into the holidays."\n\nA council spokeswoman said: "The budget for the pier has been approved by the committee."\n',
      speakers: ['Fielding', 'Fielding', 'spokeswoman'],
    },
    {
      name: 'English: a name after its cue in a sentence with no quotation (`, said Ann Price.`) speaks next with she said',
      text: 'Harbour plans\n\n"We will rebuild the pier," said Tom Fielding, the mayor of the town.\n\nThe pier would reopen in May at the latest, said Ann Price. "Nobody wants the works to drag on," she said.\n',
      speakers: ['Tom Fielding', 'Ann Price'],
    },
    {
      name: 'English: `According to Sarah Collins, Tom Lee promised …`: she spoke, not the one she reports',
      text: 'Club news\n\n"We had a hard winter," said Dan Whitby, the chairman.\n\nAccording to Sarah Collins, Tom Lee promised he would stay at the club. "I trust him completely," she said.\n',
      speakers: ['Dan Whitby', 'Sarah Collins'],
    },
    {
      name: 'English: the name before `who told reporters` spoke, and speaks on with she said',
      text: 'Prize night\n\n"We are delighted with the entries," said Tom Fielding, the organiser.\n\nThe first prize went to Helen Marsh, 49, who told reporters she had not expected it. "It was a real surprise," she said.\n',
      speakers: ['Tom Fielding', 'Helen Marsh'],
    },
    {
      name: 'English: the sentence after a quotation is read with it; its verb does not name a new last speaker',
      text: 'Disc news\n\n"We need far more storage for films," Helen Marsh, from Westbury\'s Harbour Laboratories, one of the designers of the disc, told the BBC. "So the new disc holds five times more."\n',
      speakers: ['Helen Marsh', 'Helen Marsh'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const speech = analyzeArticle(c.text).quotes.filter((q) => q.kind === 'speech');
      assert.equal(speech.length, c.speakers.length, speech.map((q) => q.text).join(' | '));
      speech.forEach((q, i) => {
        const want = c.speakers[i];
        if (want === null) assert.equal(q.speaker, null);
        else assert.ok(q.speaker && q.speaker.text.includes(want), `quote ${i}: ${q.speaker?.text ?? 'null'}, expected ${want}`);
      });
    });
  }
});

describe('quotation kinds and speakers: English headlines and terms', () => {
  // Our own sentences, some in the shape of BBC headlines and leads.
  const table: { name: string; text: string; quote: string; kind: 'speech' | 'other'; speaker?: string | null }[] = [
    {
      name: 'a headline quotes words; a lead naming no one gives them no speaker',
      text: "Ferries 'not ready for winter'\n\nThe ferry company said on Tuesday that its boats were not ready for the winter storms.\n",
      quote: 'not ready for winter', kind: 'speech', speaker: null,
    },
    {
      name: 'words someone is said to have called a thing are theirs',
      text: 'Rebate row\n\nMayor Ada Okonkwo has called the new harbour fee "plainly unfair" in a letter.\n',
      quote: 'plainly unfair', kind: 'speech',
    },
    {
      name: 'a name, then its role without a closing comma, then the verb: the name speaks',
      text: 'Airport strike\n\n"We are looking at what the courts allow," Hanna Berger, an airline spokeswoman told reporters.\n',
      quote: 'We are looking at what the courts allow,', kind: 'speech', speaker: 'Hanna Berger',
    },
    {
      name: 'a quotation right after "called" is a name',
      text: 'New band\n\nThe school now has a band called "Blue Harbour" that plays on Fridays.\n',
      quote: 'Blue Harbour', kind: 'other',
    },
    {
      name: 'a partial quotation after blamed is the subject\'s words',
      text: 'Bus delays\n\nThe drivers\' union blamed the council for a "lack of any planning" this winter.\n',
      quote: 'lack of any planning', kind: 'speech',
    },
    {
      name: 'one or two words running on into the sentence with no cue are a term',
      text: 'New poster\n\nThe poster is mostly blue. "Onward" is printed in large letters across the top of it.\n',
      quote: 'Onward', kind: 'other',
    },
    {
      name: 'the name after the headline\'s dash',
      text: "Harbour fees 'unfair' - Okonkwo\n\nThe port authority raised its fees on Monday.\n",
      quote: 'unfair', kind: 'speech', speaker: 'Okonkwo',
    },
    {
      name: 'a source at the end of the lead\'s first sentence (say + source)',
      text: "'Few buses' for the new estate\n\nThe new estate will open with too few bus routes, say councillors.\n\nThe estate has 400 homes.\n",
      quote: 'Few buses', kind: 'speech', speaker: 'councillors',
    },
    {
      name: 'the article before the source is left out',
      text: "Budget 'a gamble'\n\nThe spending plans are a gamble with the country's future, claim the Greens.\n",
      quote: 'a gamble', kind: 'speech', speaker: 'Greens',
    },
    {
      name: 'a long described source ending the sentence gives way to the first named speaker',
      text: "'Delays' hit bridge repairs\n\nRepairs to the river bridge ran late because of poor planning, a report by the county's spending watchdog says.\n\nThe Wessex Audit Office said the works cost £3m more than planned.\n",
      quote: 'Delays', kind: 'speech', speaker: 'Wessex Audit Office',
    },
    {
      name: 'the body quoting the headline\'s words again tells who said them',
      text: "Ferry plan 'a costly gamble'\n\nThe new timetable starts in May, say councillors.\n\nPort chief Ada Okonkwo called the plan \"a costly gamble with public money\" on Monday.\n",
      quote: 'a costly gamble', kind: 'speech', speaker: 'Ada Okonkwo',
    },
    {
      name: 'a speaker the headline names before its quotation stays',
      text: "Okonkwo decries 'unfair' fees\n\nTrader Ada Okonkwo said the harbour fees were unfair, say councillors.\n",
      quote: 'unfair', kind: 'speech', speaker: 'Okonkwo',
    },
    {
      name: 'the person a quotation names is not its speaker ("I said to Leo …," he said)',
      text: "Harbour club keeps its captain\n\n\"We have had a hard winter,\" Dan Whitby said on the club's website. \"I am surprised that nobody called me.\" According to Whitby, Leo Marsh promised he would stay at the club. \"I said to Leo 'please stay with us', and he told me 'of course',\" he said.\n",
      quote: "I said to Leo 'please stay with us', and he told me 'of course',", kind: 'speech', speaker: 'Whitby',
    },
  ];
  for (const t of table) {
    it(t.name, () => {
      const q = analyzeArticle(t.text).quotes.find((x) => x.text === t.quote);
      assert.ok(q, 'quotation found');
      assert.equal(q.kind, t.kind);
      if (t.speaker !== undefined) assert.equal(q.speaker?.text ?? null, t.speaker);
    });
  }
});
