// Table of expectations for the grammar tests: in the first line of `fixture` containing `line`,
// every character of (the first occurrence of) `at` must carry all scopes in `has` and none in `not`.
// Selectors use TextMate prefix semantics (`string.quoted` matches `string.quoted.double.news-article`).

export interface ScopeCase {
  fixture: string;
  line: string;
  at: string;
  has?: string[];
  not?: string[];
}

const AR = 'ar-lines.news';
const EN = 'en-lines.txt';
const SUMMIT = '../../../samples/ar-summit.news';
const BUDGET = '../../../samples/en-budget.txt';
const CAIRO = '../../../samples/ar-cairo-markets.txt';

const HEADING = 'markup.heading.news-article';
const SECTION = 'entity.name.section';
const DATELINE = 'entity.name.tag.dateline.news-article';
const DATELINE_SEP = 'punctuation.separator.dateline.news-article';
const DQ = 'string.quoted.double.news-article';
const GUILLEMET = 'string.quoted.other.guillemet.news-article';
const CURLY = 'string.quoted.double.curly.news-article';
const BEGIN = 'punctuation.definition.string.begin';
const END = 'punctuation.definition.string.end';
const NUM = 'constant.numeric.news-article';
const ARTEFACT = 'comment.artefact';
const AMP = 'comment.artefact.trailing-ampersand.news-article';

export const scopeCases: ScopeCase[] = [
  // title: first line, no final punctuation
  { fixture: AR, line: 'قمة الرياح', at: 'قمة الرياح الشمالية في مدينة ساحلية', has: [HEADING, 'entity.name.section.title', 'meta.title'] },
  { fixture: EN, line: 'Budget talks', at: 'Budget talks stall as deadline nears', has: [HEADING, 'meta.title'] },
  // a lead paragraph on the first line is not a title
  { fixture: SUMMIT, line: 'اختتم الرئيس', at: 'اختتم الرئيس الروسي', not: [HEADING, 'string', DATELINE] },

  // datelines
  { fixture: AR, line: 'إيلاف:', at: 'إيلاف', has: [DATELINE, 'meta.dateline'], not: [HEADING] },
  { fixture: AR, line: 'إيلاف:', at: ':', has: [DATELINE_SEP] },
  { fixture: AR, line: 'إيلاف:', at: 'التقى وزيرا الطاقة', not: [DATELINE, HEADING, 'string'] },
  { fixture: AR, line: 'القاهرة - رويترز:', at: 'القاهرة - رويترز', has: [DATELINE] },
  { fixture: AR, line: 'بيروت –', at: 'بيروت – «الشرق الأوسط»', has: [DATELINE], not: ['string'] },
  { fixture: AR, line: 'سمير الحلبي-', at: 'سمير الحلبي- الوطن- دمشق', has: [DATELINE] },
  { fixture: AR, line: 'عمّان (بترا)', at: 'عمّان (بترا)', has: [DATELINE] },
  { fixture: AR, line: 'عمّان (بترا)', at: ' -', has: [DATELINE_SEP] },
  { fixture: EN, line: 'LONDON (Reuters)', at: 'LONDON (Reuters)', has: [DATELINE] },
  { fixture: EN, line: 'LONDON (Reuters)', at: ' -', has: [DATELINE_SEP] },
  { fixture: EN, line: 'LONDON (Reuters)', at: "Britain's finance ministry", not: [DATELINE] },
  { fixture: EN, line: 'WASHINGTON (AP)', at: 'WASHINGTON (AP)', has: [DATELINE] },
  { fixture: EN, line: 'WASHINGTON (AP)', at: ' —', has: [DATELINE_SEP] },
  { fixture: EN, line: 'NEW YORK, March 3', at: 'NEW YORK, March 3 (Reuters)', has: [DATELINE] },
  { fixture: EN, line: 'GENEVA —', at: 'GENEVA', has: [DATELINE] },
  { fixture: SUMMIT, line: 'إيلاف:', at: 'إيلاف', has: [DATELINE] },
  { fixture: CAIRO, line: 'القاهرة - رويترز:', at: 'القاهرة - رويترز', has: [DATELINE] },
  { fixture: BUDGET, line: 'LONDON (Reuters)', at: 'LONDON (Reuters)', has: [DATELINE] },
  // speech is not a dateline: quote after the colon, or a speech verb before it
  { fixture: AR, line: 'أضاف: "سنواصل', at: 'أضاف', not: [DATELINE, HEADING] },
  { fixture: AR, line: 'وقال الوزير:', at: 'وقال الوزير', not: [DATELINE] },
  { fixture: AR, line: 'وأوضح المتحدث:', at: 'وأوضح المتحدث', not: [DATELINE] },
  { fixture: EN, line: 'Ms Hart said:', at: 'Ms Hart said', not: [DATELINE] },

  // section headings and captions
  { fixture: AR, line: 'أسعار الوقود&', at: 'أسعار الوقود', has: [HEADING, SECTION], not: [ARTEFACT] },
  { fixture: AR, line: 'أسعار الوقود&', at: '&', has: [HEADING, AMP] },
  { fixture: AR, line: 'وتراجعت أسعار البنزين', at: 'وتراجعت أسعار البنزين', not: [HEADING] },
  { fixture: AR, line: 'صورة الوزير', at: 'صورة الوزير أثناء جولته في الميناء', has: [HEADING] },
  { fixture: EN, line: 'Schools reopen', at: 'Schools reopen after storm', has: [HEADING] },
  { fixture: EN, line: 'Residents said', at: 'Residents said', not: [HEADING] },
  { fixture: SUMMIT, line: 'ممر الحبوب', at: 'ممر الحبوب', has: [HEADING, SECTION] },
  { fixture: SUMMIT, line: 'مركز الغاز&', at: 'مركز الغاز', has: [HEADING], not: [ARTEFACT] },
  { fixture: SUMMIT, line: 'مركز الغاز&', at: '&', has: [AMP] },
  { fixture: SUMMIT, line: 'الرئيسان بوتين وأردوغان خلال', at: 'الرئيسان بوتين وأردوغان خلال المؤتمر الصحافي في سوتشي', has: [HEADING] },
  { fixture: SUMMIT, line: 'وقال الرئيس الروسي فلاديمير بوتين في مؤتمر', at: 'وقال الرئيس الروسي', not: [HEADING] },

  // quotations
  { fixture: AR, line: 'أضاف: "سنواصل', at: 'سنواصل العمل حتى نهاية الموسم', has: [DQ] },
  { fixture: AR, line: 'أضاف: "سنواصل', at: '"س', has: [DQ] },
  { fixture: AR, line: 'أضاف: "سنواصل', at: '"', has: [BEGIN] },
  { fixture: AR, line: 'أضاف: "سنواصل', at: '.', not: ['string'] },
  { fixture: AR, line: 'صحيفة "النهار"', at: 'النهار', has: [DQ] },
  { fixture: AR, line: 'صحيفة "النهار"', at: ' عن مصدر قوله', not: ['string'] },
  { fixture: AR, line: 'صحيفة "النهار"', at: 'لن نتراجع عن القرار', has: [DQ] },
  { fixture: AR, line: 'صحيفة "النهار"', at: 'سانا', has: [GUILLEMET] },
  { fixture: AR, line: 'صحيفة "النهار"', at: '«', has: [GUILLEMET, BEGIN] },
  { fixture: AR, line: 'صحيفة "النهار"', at: 'الخطوة الجريئة', has: [GUILLEMET] },
  { fixture: AR, line: 'صحيفة "النهار"', at: 'فيما وصفته وكالة', not: ['string'] },
  // nesting: "…" inside «…»
  { fixture: AR, line: 'نحن نرحب', at: 'نحن نرحب بـ', has: [GUILLEMET], not: [DQ] },
  { fixture: AR, line: 'نحن نرحب', at: 'المبادرة', has: [GUILLEMET, DQ] },
  { fixture: AR, line: 'نحن نرحب', at: 'ونأمل خيرًا', has: [GUILLEMET], not: [DQ] },
  { fixture: AR, line: 'نحن نرحب', at: '»', has: [GUILLEMET, END] },
  // unbalanced quote ends at the end of its line and does not leak into the next one
  { fixture: AR, line: 'كتبت المجلة', at: 'هذا الاقتباس لا يغلق في هذا السطر', has: [DQ] },
  { fixture: AR, line: 'وهذا سطر جديد', at: 'وهذا سطر جديد لا يقع داخل أي اقتباس', not: ['string', HEADING] },
  // a stray closing mark followed only by punctuation opens nothing
  { fixture: AR, line: 'قال الشاهد', at: 'مفاجئًا', has: [DQ] },
  { fixture: AR, line: 'قال الشاهد', at: 'الكواليس".', not: ['string'] },
  // curly quotes
  { fixture: AR, line: 'المفاوضات “', at: 'تسير ببطء', has: [CURLY] },
  { fixture: AR, line: 'المفاوضات “', at: '“', has: [CURLY, BEGIN] },
  { fixture: AR, line: 'المفاوضات “', at: '”', has: [CURLY, END] },
  { fixture: AR, line: 'المفاوضات “', at: ' لكنها لم تتوقف', not: ['string'] },
  { fixture: EN, line: 'He said the plan', at: 'sound', has: [CURLY] },
  { fixture: EN, line: 'He said the plan', at: 'we will see in the spring', has: [CURLY] },
  { fixture: EN, line: 'He said the plan', at: ' and added: ', not: ['string'] },
  { fixture: EN, line: '"We are not there yet,"', at: 'We are not there yet,', has: [DQ] },
  { fixture: EN, line: '"We are not there yet,"', at: ' she told reporters', not: ['string'] },
  // an English quote running over two paragraphs: each paragraph's part is quoted, no leak
  { fixture: EN, line: 'Ms Hart said:', at: 'It is a fair deal for everyone in the room.', has: [DQ] },
  { fixture: EN, line: '"It is also', at: 'It is also a necessary one,', has: [DQ] },
  { fixture: EN, line: '"It is also', at: ' she added.', not: ['string'] },
  { fixture: BUDGET, line: 'We are choosing to build', at: 'Every pound in this plan', has: [DQ] },
  { fixture: BUDGET, line: 'If we miss those deadlines', at: 'Ms Pembroke added', not: ['string'] },
  // &quot; … &quot; is a quotation whose marks are artefacts
  { fixture: AR, line: 'ارتفاع &quot;', at: 'قياسي', has: [DQ] },
  { fixture: AR, line: 'ارتفاع &quot;', at: '&quot;', has: [DQ, BEGIN, ARTEFACT] },
  { fixture: SUMMIT, line: 'وختم بوتين', at: 'سنلتقي مجددًا في أنقرة قبل نهاية العام', has: [DQ] },
  { fixture: SUMMIT, line: 'وأكد مسؤول', at: 'رويترز', has: [GUILLEMET] },

  // numbers and dates
  { fixture: AR, line: 'القاهرة - رويترز:', at: '2.5%', has: [NUM] },
  { fixture: AR, line: 'بيروت –', at: '١٢', has: [NUM] },
  { fixture: AR, line: 'وتراجعت أسعار البنزين', at: '٣٫٥٪', has: [NUM] },
  { fixture: AR, line: 'وتراجعت أسعار البنزين', at: '٢٠٢٤', has: [NUM] },
  { fixture: AR, line: 'وتراجعت أسعار البنزين', at: '2023', has: [NUM] },
  { fixture: AR, line: 'وتراجعت أسعار البنزين', at: 'بنسبة', not: [NUM] },
  { fixture: EN, line: 'NEW YORK, March 3', at: '1.2%', has: [NUM] },
  { fixture: EN, line: 'The company', at: '464,000', has: [NUM] },
  { fixture: EN, line: 'The company', at: '$1.13bn', has: [NUM] },
  { fixture: EN, line: 'The company', at: '2004-2005', has: [NUM] },
  { fixture: EN, line: 'The company', at: '76%', has: [NUM] },
  { fixture: EN, line: 'The company', at: '1990s', has: [NUM] },
  { fixture: EN, line: 'Ministers from', at: 'G7', not: [NUM] },
  { fixture: EN, line: 'Ministers from', at: 'COVID19', not: [NUM] },
  { fixture: EN, line: 'Ministers from', at: 'B12', not: [NUM] },
  { fixture: EN, line: 'Residents said', at: '1987', has: [NUM] },
  { fixture: SUMMIT, line: 'مركز الغاز', at: 'مركز الغاز', not: [NUM] },
  { fixture: SUMMIT, line: 'وتطرقت المحادثات', at: '٤٠', has: [NUM] },
  { fixture: SUMMIT, line: 'وبحسب بيان مشترك', at: '60%', has: [NUM] },
  { fixture: CAIRO, line: 'وصعد سهم', at: '٢٫٥٪', has: [NUM] },

  // artefacts
  { fixture: AR, line: 'إيلاف:', at: '&', has: [AMP] },
  { fixture: AR, line: 'إيلاف:', at: 'النفط.', not: [ARTEFACT] },
  { fixture: SUMMIT, line: 'اختتم الرئيس', at: '&', has: [AMP] },
  { fixture: SUMMIT, line: 'إيلاف:', at: '&', has: [AMP] },
  { fixture: AR, line: 'وصل الوفد', at: '\u200f', has: ['comment.artefact.direction-mark.news-article'] },
  { fixture: AR, line: 'وصل الوفد', at: '\u061c', has: ['comment.artefact.direction-mark.news-article'] },
  { fixture: AR, line: 'وصل الوفد', at: '&nbsp;', has: ['comment.artefact.html-entity.news-article'] },
  { fixture: AR, line: 'وصل الوفد', at: '&#1567;', has: ['comment.artefact.html-entity.news-article'] },
  { fixture: AR, line: 'وصل الوفد', at: 'وصل الوفد', not: [ARTEFACT, HEADING, DATELINE] },
  { fixture: AR, line: 'جدة ــــ', at: 'ــــ', has: ['comment.artefact.tatweel.news-article'] },
  // tatweel inside a word stays with the word
  { fixture: AR, line: 'جدة ــــ', at: 'الســـاحة', not: [ARTEFACT] },
  // & inside a line (AT&T) is text
  { fixture: AR, line: 'وصل الوفد', at: 'طويلة جدًا.', not: [ARTEFACT] },
];
