/**
 * Shrunk counter-examples fast-check found against the core's invariants (issue 9), kept so
 * they run on every `npm test`. Each entry: what broke (and the fix), and the text.
 * Add the shrunk text as printed by `npm run fuzz` (JSON string escapes keep it readable).
 */
export const FUZZ_REGRESSIONS: { name: string; text: string }[] = [
  { name: 'a colon two lines down (the dateline crash fixed before the fuzzing)', text: 'a\nb\nc:' },
  { name: 'a line separator before a colon', text: 'a\u2028b:' },
  {
    name: 'two speech verbs in a row before a title: both took the words between as a name (overlapping mentions)',
    text: 'الحكومة\nقال بوتين: "قال أوضح  rise Ms قال." الحكومة.\n\u200e.\n',
  },
  {
    name: 'a quotation left open in the lead, closed in the dateline paragraph: the joined quotation held the dateline (shrunk)',
    text: 'the\nا\u064bلحكومة ا\u064bلحكومة. the  the وفق\u064bا لـ قال the. 2024 the ا\u064bلحكومة “ل\u064bالحكومة و\u064bالحكومة that  ف\u064bالحكومة \n الحكومة:\u0085قال بوتين إن الحكومة“. قال بوتين: ""."\nthe.\n\nقال بوتين: "the."\n',
  },
  {
    name: 'a quotation left open in the lead, closed in the dateline paragraph (written out)',
    text: 'عنوان الخبر\n\nقال الوزير: «سنفتح الجسر.\n\nالقاهرة - رويترز: وقال» مسؤول آخر إن العمل مستمر.\n',
  },
  {
    name: 'an elided speaker after the dateline took the speaker\'s mention inside the dateline (shrunk)',
    text: 'the\n\nقال دمشق: ".."\nsays دمشق: „the." قال بوتين: "الحكومة." the.\n',
  },
  {
    name: 'an elided speaker after the dateline took the speaker\'s mention inside the dateline (written out)',
    text: 'عنوان الخبر\n\nوقالت رويترز: "الأسواق مغلقة اليوم."\n\nالقاهرة - رويترز: وأضافت: "ستفتح الأسواق غدا."\n',
  },
];
