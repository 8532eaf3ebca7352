import fc from 'fast-check';

/**
 * Generated text for the property tests of the core (issue 9): article-like sequences
 * (title, blank lines, a dateline, paragraphs of Arabic and English sentences with quotes
 * and speech verbs) salted with everything scraped text carries (every kind of line break,
 * BOMs, bidi controls, tatweel, diacritics, HTML entities, lone surrogates, emoji, long
 * tokens), and raw strings of arbitrary UTF-16 code units. The word lists are ours.
 */

const ARABIC_WORDS = [
  'الحكومة', 'الاقتصاد', 'الأسواق', 'المدينة', 'اليوم', 'في', 'من', 'إلى', 'على', 'أن', 'إن', 'التي', 'هذا',
  'الوزير', 'الرئيس', 'الروسي', 'مجلس', 'الأمن', 'وزارة', 'الخارجية', 'حزب', 'صحيفة', 'الأسبوع', 'المقبل',
  'سعر', 'النفط', 'ارتفع', 'انخفض', 'بنسبة', 'مليون', 'دولار', 'الشعب', 'قمة', 'الزعيم', 'الكوري', 'الشمالي',
];
const ARABIC_NAMES = ['بوتين', 'فلاديمير بوتين', 'كيم جونغ أون', 'سمير الجابر', 'القاهرة', 'دمشق', 'روسيا', 'الأمم المتحدة', 'رويترز', 'بيونغ يانغ'];
const ENGLISH_WORDS = [
  'the', 'government', 'said', 'on', 'Monday', 'that', 'prices', 'would', 'rise', 'by', 'per', 'cent', 'in', 'a',
  'statement', 'minister', 'President', 'Ms', 'market', 'budget', 'week', 'of', 'and', 'to', 'it', 'was', 'he',
];
const ENGLISH_NAMES = ['Vladimir Putin', 'Putin', 'Ms Hewitt', 'Reuters', 'London', 'LONDON', 'United Nations', 'Yukos', 'Kim Jong Un', "Putin's"];
const SPEECH_VERBS = ['قال', 'وقال', 'قالت', 'وأضاف', 'أضاف', 'وأكد', 'أوضح', 'بحسب', 'وفقًا لـ', 'said', 'says', 'told', 'added', 'according to'];
export const QUOTE_MARKS = ['"', '«', '»', '“', '”', '„', '‹', '›', '‘', '’', "'"];
const DATELINES = ['القاهرة - رويترز:', 'LONDON (Reuters) -', 'إيلاف:', 'دمشق - أ ف ب:', 'WASHINGTON -', 'سبق- أبها:', 'القاهرة – «الشرق الأوسط»:'];
const PUNCTUATION = ['.', ',', '،', '؛', '؟', '?', '!', ':', '…', '-', '–', '—', '(', ')', '؛'];
/** Every line terminator a text can hold; VS Code breaks lines only at the first three. */
export const LINE_BREAKS = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085'];
const BIDI_CONTROLS = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const DIACRITICS = ['\u064b', '\u064c', '\u064d', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u0670'];
const HTML_ENTITIES = ['&nbsp;', '&amp;', '&quot;', '&#1234;', '&#x200f;', '&#X1F600;', '&', '&&', '&#;', '&abcdefghijklmnop;', '&#12345678;'];
const ODD_UNITS = ['\ufeff', '\ud800', '\udfff', '\udc00\ud800', '\u0000', '\u0007', '\u007f', '\u00a0', '\u200b', '\u3000', '\t', '\u0640', '\u0640\u0640\u0640'];
const EMOJI = ['😀', '👍🏽', '🇪🇬', '👨‍👩‍👧', '❤️', '🏳️‍🌈'];
const DIGITS = ['2024', '٢٠٢٤', '3.5', '١٢٫٥', '%', '٪', '1,000', '19:35'];

/** A word with, sometimes, a clitic before it and a diacritic or tatweel inside it. */
const arabicWord: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ARABIC_WORDS, ...ARABIC_NAMES), fc.constantFrom('', '', '', 'و', 'ف', 'ب', 'ل', 'لل'), fc.option(fc.constantFrom(...DIACRITICS, '\u0640'), { freq: 4 }), fc.nat())
  .map(([word, clitic, mark, at]) => {
    const w = clitic + word;
    if (mark === null) return w;
    const i = 1 + (at % Math.max(1, w.length - 1));
    return w.slice(0, i) + mark + w.slice(i);
  });

const longToken: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('ب', 'a', 'ـ', '"', '«', '&', '-', ':', '😀', '\u200f', ' '), fc.integer({ min: 50, max: 600 }))
  .map(([unit, n]) => unit.repeat(n));

/** One piece of a sentence; weights favour words so most texts read like articles. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 30, arbitrary: arabicWord },
  { weight: 20, arbitrary: fc.constantFrom(...ENGLISH_WORDS, ...ENGLISH_NAMES) },
  { weight: 6, arbitrary: fc.constantFrom(...SPEECH_VERBS) },
  { weight: 6, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 5, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...DATELINES) },
  { weight: 2, arbitrary: fc.constantFrom(...LINE_BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...BIDI_CONTROLS) },
  { weight: 2, arbitrary: fc.constantFrom(...HTML_ENTITIES) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_UNITS) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: fc.constantFrom(...DIGITS) },
  { weight: 1, arbitrary: longToken },
);

const separator: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constant(' ') },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('  ', '\t', '\u00a0', ' \u200f', '\u202b ') },
);

/** Tokens joined by spaces (mostly), ending in sentence punctuation (mostly). */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(token, separator), { minLength: 1, maxLength: 18 }), fc.constantFrom('.', '.', '.', '،', '؟', '!', ':', '', '."', '.»', '”.'))
  .map(([pieces, end]) => pieces.map(([t, s]) => t + s).join('').trimEnd() + end);

/** A quotation with a speaker before or after it, in either language, marks possibly unbalanced. */
const quotation: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...ARABIC_NAMES, ...ENGLISH_NAMES, 'المتحدث باسم الوزارة', 'he', 'she'),
    fc.constantFrom(...SPEECH_VERBS),
    fc.constantFrom(...QUOTE_MARKS),
    sentence,
    fc.constantFrom(...QUOTE_MARKS, ''),
    fc.constantFrom('before', 'after', 'reported'),
  )
  .map(([who, verb, open, said, close, where]) => {
    if (where === 'before') return `${verb} ${who}: ${open}${said}${close}`;
    if (where === 'after') return `${open}${said}${close}، ${verb} ${who}.`;
    return `${verb} ${who} ${/[a-z]/i.test(verb) ? 'that' : 'إن'} ${said}`;
  });

const paragraph: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 2, arbitrary: quotation }), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(' '));

/** A paragraph broken over several lines (hard-wrapped), with any kind of line break. */
const wrappedParagraph: fc.Arbitrary<string> = fc
  .array(fc.tuple(paragraph, fc.constantFrom(...LINE_BREAKS)), { minLength: 1, maxLength: 3 })
  .map((lines) => lines.map(([l, br], i) => (i === 0 ? l : br + l)).join(''));

/** One or more line breaks, some with spaces or artefacts on the "blank" lines. */
const blankLines: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...LINE_BREAKS), fc.constantFrom('', '', '', ' ', '\t', '\u200f', '&nbsp;', '\u0640', '\ufeff')), { minLength: 1, maxLength: 6 })
  .map((runs) => runs.map(([br, fill]) => fill + br).join(''));

/** A paragraph whose last quotation stays open: the next paragraph's first mark may close it. */
const paragraphLeftOpen: fc.Arbitrary<string> = fc
  .tuple(paragraph, fc.constantFrom('«', '"', '“', '„'), sentence)
  .map(([p, open, said]) => `${p} ${open}${said}`);

const heading: fc.Arbitrary<string> = fc.array(fc.oneof(arabicWord, fc.constantFrom(...ENGLISH_WORDS)), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

/** Title, blank lines, paragraphs and headings, a dateline opening the first or second paragraph. */
export const articleText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '', '\ufeff', '\u200f', ' '),
    heading,
    blankLines,
    fc.option(fc.tuple(fc.constantFrom(...DATELINES), fc.constantFrom(0, 0, 1), fc.constantFrom(' ', '', '\n'))),
    fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: wrappedParagraph }, { weight: 1, arbitrary: paragraphLeftOpen }, { weight: 1, arbitrary: heading }), blankLines), { minLength: 0, maxLength: 8 }),
    fc.constantFrom('', '\n', '\r\n', '\n\n\n', '\u2029'),
  )
  .map(([before, title, gap, dateline, body, after]) => {
    const paragraphs = body.length > 0 ? body.map(([b, g]) => [b, g]) : [['', '']];
    if (dateline) {
      const [written, index, space] = dateline;
      const at = Math.min(index, paragraphs.length - 1);
      paragraphs[at][0] = written + space + paragraphs[at][0];
    }
    return before + title + gap + paragraphs.map(([b, g]) => b + g).join('') + after;
  });

/** Any UTF-16 code unit, lone surrogates included, mixed with the characters the core treats specially. */
const anyUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS, ...LINE_BREAKS, ...BIDI_CONTROLS, ...DIACRITICS, ...PUNCTUATION, ...ODD_UNITS, ' ', 'a', 'A', 'ب', '&', ';', '#') },
);

/** Raw strings: arbitrary code units, or the article pieces run together with nothing between them. */
export const rawText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 2000, size: '+1' }),
  fc.array(token, { maxLength: 200, size: '+1' }).map((t) => t.join('')),
  fc.array(fc.oneof(token, anyUnit, fc.constantFrom(...LINE_BREAKS)), { maxLength: 120 }).map((t) => t.join('')),
);
