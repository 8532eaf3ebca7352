/**
 * Arabic verbs and participles of speech, and the words that open what was said.
 * In normalised form (see normalizeArabic): أ/إ/آ → ا, ة → ه, ى → ي, diacritics and tanween
 * dropped. Conjunctions (و ف) are stripped before look-up, so وأضاف and فقال need no entry.
 */
import { normalizeArabic } from '../../text/normalize';
import { arabicWordSet as set } from './word-set';

/** Finite speech verbs whose subject may follow (VSO) or precede (SVO) them. */
export const AR_SPEECH_VERBS = set(`
  قال قالت قالوا قالا يقول تقول يقولون قلت
  اضاف اضافت اضافوا يضيف تضيف
  اكد اكدت اكدوا اكدا اكدتا يوكد توكد
  اوضح اوضحت اوضحوا يوضح توضح
  اشار اشارت اشاروا يشير تشير
  تابع تابعت يتابع تتابع
  صرح صرحت يصرح تصرح
  اعلن اعلنت اعلنوا يعلن تعلن
  كتب كتبت يكتب تكتب
  نقل نقلت تناقلت علمت
  ذكر ذكرت يذكر تذكر
  لفت لفتت
  شدد شددت يشدد
  استطرد استطردت
  افاد افادت
  كشف كشفت يكشف
  بينت يبين
  نوه نوهت
  طالب طالبت يطالب
  اعتبر اعتبرت يعتبر
  وصف وصفت وصفته وصفها
  اتهم اتهمت اتهموا واتهموها اتهموها
  اوجز
  غرد غردت
  ابان
  حذر حذرت يحذر
  ردد يردد تردد
  اجاب اجابت
  علق علقت
  اعرب اعربت يعرب
  نفى نفت
  يري راي رات
  اختصر تختصر
  ويضيف
`);

/** Verbs that relay someone else's words, with the preposition that names the source. */
export const AR_RELAY_VERBS = new Map<string, string>([
  ['نقل', 'عن'], ['نقلت', 'عن'], ['علم', 'من'], ['علمت', 'من'],
].map(([verb, preposition]) => [normalizeArabic(verb), preposition]));

/** Active verbs that characterise or demand: a quotation in their clause is the subject's words. */
export const AR_CHARACTERISING_VERBS = set(`
  اتهم اتهمت اتهموا اتهمه اتهمها اتهموه اتهموها يتهم تتهم طالب طالبت طالبوا يطالب تطالب
  وصفه وصفها وصفته وصفوه وصفت حث حثت يحث تحث
  سماه سمته اسماه اسمته اعرب اعربت يعرب
`);

/** Participles and verbal nouns that continue the current speaker (مضيفًا، قائلًا، بقوله). */
export const AR_CONTINUATION = set(`
  مضيفا مضيفه قائلا قائله موضحا موضحه مشيرا مشيره موكدا موكده لافتا لافته مبينا مبينه
  مشددا معتبرا معلنا منوها محذرا متابعا مستطردا واصفا قوله بقوله لقوله قولها بقولها بالقول
`);

/** Words after a speech verb that introduce its content. */
export const AR_COMPLEMENTIZERS = set(`ان انه انها انهم انهما بان بانه بانها`);

/**
 * Verbs of saying as they are written, conjunction included (وقال), for counting them in raw text
 * without clitic analysis (article detection reads only words split at spaces).
 */
export const AR_SAYING_WORD_FORMS: ReadonlySet<string> = new Set(['قال', 'وقال', 'قالت', 'وقالت', 'يقول', 'أضاف', 'وأضاف', 'أضافت', 'وأضافت', 'أكد', 'وأكد', 'أكدت', 'وأكدت', 'أعلن', 'وأعلن', 'أعلنت', 'وأعلنت', 'أشار', 'وأشار', 'أشارت', 'وأشارت', 'أوضح', 'وأوضح', 'أوضحت', 'وأوضحت', 'صرح', 'وصرح', 'بحسب', 'وفقا', 'لفت', 'ولفت', 'نقلت', 'ذكرت', 'وذكرت', 'ذكر', 'وذكر', 'بين', 'وبين', 'تابع', 'وتابع', 'أفاد', 'وأفاد', 'أفادت'].map(normalizeArabic));
