import { strict as assert } from 'node:assert';
import type { Analysis, Quote, QuoteKind } from '../../src/core/types';
import {
  ALL_ON,
  DECORATION_KINDS,
  MAX_LABEL_NAMES_LENGTH,
  planDecorations,
  speakerLabel,
  type DecorationKind,
  type DecorationSwitches,
} from '../../src/vscode/decoration-plan';

// Sentences are short originals written for these tests.

interface QuoteAt {
  /** The quoted text as it stands in the document, marks included; found after the previous quote. */
  marked: string;
  kind?: QuoteKind;
  speaker?: string;
  /** Whether the quote's span leaves its marks out (the analysis gives either). */
  withoutMarks?: boolean;
  /** How sure the speaker ranker was of the speaker. */
  confidence?: number;
  /** The user set or confirmed this quotation. */
  confirmed?: true;
}

/** An analysis of `text` holding just the given quotes (no structure, no names). */
function analysisWithQuotes(text: string, quotes: QuoteAt[]): Analysis {
  let from = 0;
  const found: Quote[] = quotes.map(({ marked, kind = 'speech', speaker, withoutMarks, confidence, confirmed }) => {
    const start = text.indexOf(marked, from);
    assert.ok(start >= 0, `test text holds ${marked}`);
    from = start + marked.length;
    const [s, e] = withoutMarks ? [start + 1, from - 1] : [start, from];
    return { start: s, end: e, text: text.slice(s, e), kind, speaker: speaker === undefined ? null : { start: 0, end: 0, text: speaker, entity: null }, ...(confidence === undefined ? {} : { speakerConfidence: confidence }), ...(confirmed ? { confirmed } : {}) };
  });
  return { ...emptyAnalysis(), quotes: found };
}

function emptyAnalysis(): Analysis {
  return { language: 'ar', isArticle: true, blocks: [], sections: [], artefacts: [], quotes: [], entities: [], deep: true };
}

/** The speaker labels as `offset:text` (the non-breaking space at the start left out). */
function labels(text: string, quotes: QuoteAt[], switches: Partial<DecorationSwitches> = {}): string[] {
  return planDecorations(analysisWithQuotes(text, quotes), text, { ...ALL_ON, ...switches }).speaker.map((s) => {
    assert.equal(s.start, s.end, 'a label is an empty span');
    return `${s.start}:${s.afterText?.replace(/^\u00a0/, '')}`;
  });
}

describe('decoration plan: switches', () => {
  const text = 'وقال بوتين: "سنفعل". Mr Smith said "yes" & left.';
  const analysis: Analysis = {
    ...analysisWithQuotes(text, [
      { marked: '"سنفعل"', speaker: 'بوتين' },
      { marked: '"yes"', kind: 'other' },
      { marked: 'left', kind: 'reported' },
    ]),
    // Each type with a suggested mention and one the user confirmed.
    entities: (['PER', 'ORG', 'LOC', 'MISC'] as const).map((type, i) => ({
      id: `${type}-1`,
      type,
      name: 'x',
      mentions: [{ start: i, end: i + 1, text: 'x' }, { start: i + 5, end: i + 6, text: 'x', confirmed: true as const }],
    })),
    artefacts: [{ start: text.indexOf('&'), end: text.indexOf('&') + 1, kind: 'ampersand' }],
  };
  analysis.quotes[0].confirmed = true;
  const cases: { off: Partial<DecorationSwitches>; cleared: DecorationKind[] }[] = [
    { off: {}, cleared: [] },
    { off: { enabled: false }, cleared: [...DECORATION_KINDS] },
    { off: { names: false }, cleared: ['PER', 'ORG', 'LOC', 'MISC', 'confirmed-PER', 'confirmed-ORG', 'confirmed-LOC', 'confirmed-MISC'] },
    { off: { speech: false }, cleared: ['speech', 'confirmed-quote'] },
    { off: { otherQuotes: false }, cleared: ['other'] },
    { off: { reported: false }, cleared: ['reported'] },
    { off: { speakerAfterText: false }, cleared: ['speaker'] },
  ];
  for (const { off, cleared } of cases) {
    it(`switching off ${JSON.stringify(off)} clears ${cleared.join(', ') || 'nothing'}`, () => {
      const switches = { ...ALL_ON, ...Object.fromEntries(Object.keys(off).map((k) => [k, false])) };
      const plan = planDecorations(analysis, text, switches);
      const empty = DECORATION_KINDS.filter((kind) => plan[kind].length === 0);
      assert.deepEqual(empty, cleared);
    });
  }
});

describe('decoration plan: speaker after-text', () => {
  const cases: { name: string; text: string; quotes: QuoteAt[]; switches?: Partial<DecorationSwitches>; expect: string[] }[] = [
    {
      name: 'in an English line, right behind the closing mark',
      text: 'He said "we will win" and left.',
      quotes: [{ marked: '"we will win"', speaker: 'Andrew Bailey' }],
      expect: ['21:— Andrew Bailey'],
    },
    {
      name: 'behind the closing mark also when the quote span leaves the marks out',
      text: 'She said “not yet” today.',
      quotes: [{ marked: '“not yet”', speaker: 'Clara Hughes', withoutMarks: true }],
      expect: ['18:— Clara Hughes'],
    },
    {
      name: 'a speaker the ranker was unsure of asks to be checked, in the script of the name',
      text: 'He said "we will win" and "soon".\nوقال: «سنرى».',
      quotes: [{ marked: '"we will win"', speaker: 'Ms Price', confidence: 0.62 }, { marked: '"soon"', speaker: 'Tom', confidence: 0.95 }, { marked: '«سنرى»', speaker: 'بيسكوف', confidence: 0.5 }],
      expect: ['21:— Ms Price?', '32:— Tom', '47:— بيسكوف؟'],
    },
    {
      name: 'with unsure speakers switched off, only the sure ones and those the user set are shown',
      text: 'He said "we will win" and "soon" and "never".\nوقال: «سنرى».',
      quotes: [{ marked: '"we will win"', speaker: 'Ms Price', confidence: 0.62 }, { marked: '"soon"', speaker: 'Tom', confidence: 0.95 }, { marked: '"never"', speaker: 'Ann', confidence: 0.3, confirmed: true }, { marked: '«سنرى»', speaker: 'بيسكوف', confidence: 0.5 }],
      switches: { unsureSpeakers: false },
      expect: ['32:— Tom', '44:— Ann'],
    },
    {
      name: 'one label per quote in an English line, each behind its own quote',
      text: '"Yes," he said. "No," she said.',
      quotes: [
        { marked: '"Yes,"', speaker: 'Tom' },
        { marked: '"No,"', speaker: 'Ann' },
      ],
      expect: ['6:— Tom', '21:— Ann'],
    },
    {
      name: 'at the end of a line holding Arabic',
      text: 'وقال بوتين: «سنفعل ذلك» ثم غادر.',
      quotes: [{ marked: '«سنفعل ذلك»', speaker: 'بوتين' }],
      expect: ['32:— بوتين'],
    },
    {
      name: 'one label per Arabic line, names joined with the Arabic comma, each name once',
      text: 'قال بوتين: "نعم" وقال لافروف: "لا" وقال بوتين: "ربما".\nسطر آخر.',
      quotes: [
        { marked: '"نعم"', speaker: 'بوتين' },
        { marked: '"لا"', speaker: 'لافروف' },
        { marked: '"ربما"', speaker: 'بوتين' },
      ],
      expect: ['54:— بوتين، لافروف'],
    },
    {
      name: 'an Arabic line and an English line each placed by their own rule',
      text: 'قال بوتين: "نعم".\nHe said "no" then.',
      quotes: [
        { marked: '"نعم"', speaker: 'بوتين' },
        { marked: '"no"', speaker: 'Tom' },
      ],
      expect: ['17:— بوتين', '30:— Tom'],
    },
    {
      name: 'CRLF: the Arabic line ends before the CR',
      text: 'قال بوتين: "نعم".\r\nقال لافروف: "لا".\r\n',
      quotes: [
        { marked: '"نعم"', speaker: 'بوتين' },
        { marked: '"لا"', speaker: 'لافروف' },
      ],
      expect: ['17:— بوتين', '36:— لافروف'],
    },
    {
      name: 'a lone CR breaks lines as in VS Code',
      text: 'قال بوتين: "نعم".\rقال لافروف: "لا".',
      quotes: [
        { marked: '"نعم"', speaker: 'بوتين' },
        { marked: '"لا"', speaker: 'لافروف' },
      ],
      expect: ['17:— بوتين', '35:— لافروف'],
    },
    {
      name: 'an English line after an Arabic CRLF line is not taken for Arabic',
      text: 'قال: "نعم"\r\n"No," he said.',
      quotes: [{ marked: '"No,"', speaker: 'Tom' }],
      expect: ['17:— Tom'],
    },
    {
      name: 'a quote at the very end of the text',
      text: 'وقال بوتين: "نعم"',
      quotes: [{ marked: '"نعم"', speaker: 'بوتين' }],
      expect: ['17:— بوتين'],
    },
    {
      name: 'a quote at the very end of an English text, span without marks',
      text: 'He said "yes"',
      quotes: [{ marked: '"yes"', speaker: 'Tom', withoutMarks: true }],
      expect: ['13:— Tom'],
    },
    {
      name: 'no label for quotes other than speech, nor for speech without a speaker',
      text: 'He said "yes". A "so-called" deal. "Maybe."',
      quotes: [{ marked: '"yes"' }, { marked: '"so-called"', kind: 'other', speaker: 'Tom' }, { marked: '"Maybe."' }],
      expect: [],
    },
    {
      name: 'speakers spread over lines are counted: at most two names, then +N',
      text: 'قال أ: "1" وقال ب: "2" وقال ج: "3" وقال د: "4"',
      quotes: ['أ', 'ب', 'ج', 'د'].map((speaker, i) => ({ marked: `"${i + 1}"`, speaker })),
      expect: ['46:— أ، ب\u00a0+2'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(labels(c.text, c.quotes, c.switches), c.expect));
  }
});

describe('decoration plan: label length', () => {
  const cases: { names: string[]; rtl: boolean; expect: string }[] = [
    { names: ['بوتين'], rtl: true, expect: '— بوتين' },
    { names: ['Andrew Bailey', 'Clara Hughes'], rtl: false, expect: '— Andrew Bailey\u00a0+1' },
    { names: ['Ann', 'Tom', 'Bob'], rtl: false, expect: '— Ann, Tom\u00a0+1' },
    { names: ['فلاديمير بوتين', 'سيرغي لافروف'], rtl: true, expect: '— فلاديمير بوتين\u00a0+1' },
    { names: ['محمد بن عبد الرحمن بن عبد العزيز آل سعود'], rtl: true, expect: '— محمد بن عبد الرحمن بن…' },
    { names: ['Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'], rtl: false, expect: '— Aaaaaaaaaaaaaaaaaaaaaaa…' },
    { names: ['😀'.repeat(20)], rtl: false, expect: `— ${'😀'.repeat(11)}…` },
  ];
  for (const { names, rtl, expect } of cases) {
    it(`${names.join(' | ')} → ${expect}`, () => assert.equal(speakerLabel(names, rtl).replace(/^\u00a0/, ''), expect));
  }

  it('never spells out more than the cap, whatever the names', () => {
    const names = Array.from({ length: 50 }, (_, i) => `Speaker number ${i} with a long family name`);
    const label = speakerLabel(names, false);
    assert.ok(label.length <= '\u00a0— '.length + MAX_LABEL_NAMES_LENGTH + '\u00a0+49'.length, label);
    assert.match(label, /\u00a0\+49$/);
  });
});

describe('decoration plan: output', () => {
  it('comes back sorted by start for every kind, whatever the order of the analysis', () => {
    const text = 'قال أ: "1" و"2".\nHe said "3" and "4".';
    const analysis = analysisWithQuotes(text, [
      { marked: '"1"', speaker: 'أ' },
      { marked: '"2"', kind: 'other' },
      { marked: '"3"', speaker: 'Tom' },
      { marked: '"4"', speaker: 'Ann' },
    ]);
    analysis.quotes.reverse();
    analysis.entities = [{ id: 'PER-1', type: 'PER', name: 'x', mentions: [{ start: 20, end: 22, text: 'x' }, { start: 5, end: 6, text: 'x' }] }];
    analysis.artefacts = [{ start: 30, end: 31, kind: 'control' }, { start: 2, end: 3, kind: 'control' }];
    const plan = planDecorations(analysis, text);
    for (const kind of DECORATION_KINDS) {
      const starts = plan[kind].map((s) => s.start);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b), kind);
    }
    assert.deepEqual(plan.speaker.map((s) => s.start), [16, 28, 36]);
    assert.deepEqual(plan.speech.map((s) => s.start), [7, 25, 33]);
  });

  it('is empty for an empty analysis, of an empty text or not', () => {
    for (const text of ['', 'نص بلا اقتباس.\r\n']) {
      const plan = planDecorations(emptyAnalysis(), text);
      for (const kind of DECORATION_KINDS) assert.deepEqual(plan[kind], [], kind);
    }
  });
});

describe('decoration plan: the user\'s decisions', () => {
  // A short original sentence: "Salma met Karim in Tunis".
  const text = 'التقت سلمى كريم في تونس "نعم"';
  const analysis: Analysis = {
    ...emptyAnalysis(),
    entities: [
      { id: 'PER-1', type: 'PER', name: 'سلمى', mentions: [{ start: 6, end: 10, text: 'سلمى', confirmed: true }] },
      { id: 'PER-2', type: 'PER', name: 'كريم', mentions: [{ start: 11, end: 15, text: 'كريم' }] },
      { id: 'LOC-1', type: 'LOC', name: 'تونس', mentions: [{ start: 19, end: 23, text: 'تونس', confirmed: true }] },
    ],
    quotes: [{ start: 25, end: 28, text: 'نعم', kind: 'speech', speaker: null, confirmed: true }],
  };
  const cases: Array<[DecorationKind, Array<[number, number]>]> = [
    ['PER', [[11, 15]]],
    ['confirmed-PER', [[6, 10]]],
    ['LOC', []],
    ['confirmed-LOC', [[19, 23]]],
    ['speech', [[25, 28]]],
    ['confirmed-quote', [[25, 28]]],
  ];
  for (const [kind, spans] of cases) {
    it(`paints ${kind} at ${JSON.stringify(spans)}`, () => {
      assert.deepEqual(planDecorations(analysis, text)[kind].map((s) => [s.start, s.end]), spans);
    });
  }

  it('clears confirmed names with the names switch and a confirmed quote with its kind\'s switch', () => {
    const plan = planDecorations(analysis, text, { ...ALL_ON, names: false, speech: false });
    for (const kind of ['PER', 'confirmed-PER', 'confirmed-LOC', 'speech', 'confirmed-quote'] as const) assert.deepEqual(plan[kind], [], kind);
  });
});
