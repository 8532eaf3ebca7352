/** Arabic words of the news trade: who files a story, and the vocabulary that tells news from other prose. */
import { normalizeArabic } from '../../text/normalize';

/** Outlets and agencies that open Arabic datelines (normalised with normalizeArabic). */
export const AR_NEWS_SOURCES: ReadonlySet<string> = new Set(
  [
    'إيلاف', 'رويترز', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'فرانس برس', 'د ب أ', 'د.ب.أ', 'أ ب', 'واس', 'سبق', 'الشرق الأوسط',
    'العربية نت', 'العربية.نت', 'الجزيرة نت', 'سكاي نيوز عربية', 'بي بي سي', 'الأناضول', 'كونا', 'وام', 'بترا',
    'سانا', 'قنا', 'الأهرام', 'اليوم السابع', 'المصري اليوم', 'الحياة', 'القدس العربي', 'وكالات', 'خاص', 'متابعات',
    'الوطن', 'عكاظ', 'المدينة', 'الاقتصادية', 'اليوم', 'الرياض', 'شينخوا', 'إرنا', 'تاس', 'نوفوستي',
  ].map(normalizeArabic),
);

/** Words that open speech, not datelines: `أضاف: "…"` is a quote, not a source. */
export const AR_DATELINE_SPEECH_OPENERS: ReadonlySet<string> = new Set(
  ['قال', 'وقال', 'قالت', 'وقالت', 'أضاف', 'وأضاف', 'أضافت', 'وأضافت', 'تابع', 'وتابع', 'أكد', 'وأكد', 'أوضح', 'وأوضح', 'ختم', 'وختم', 'كتب', 'وكتب', 'المصدر', 'السؤال', 'الجواب', 'س', 'ج'].map(normalizeArabic),
);

/** Words of reporting: who said what, officials, time. At least some appear in any news story. */
export const AR_NEWS_WORDS: ReadonlySet<string> = new Set(
  [
    'قال', 'وقال', 'قالت', 'وقالت', 'أضاف', 'وأضاف', 'أكد', 'وأكد', 'أعلن', 'وأعلن', 'أشار', 'وأشار', 'أوضح', 'وأوضح', 'الرئيس',
    'رئيس', 'وزير', 'الوزير', 'وزارة', 'الحكومة', 'مصادر', 'مصدر', 'وكالة', 'أمس', 'اليوم', 'العام', 'الأمير', 'الملك', 'المتحدث',
    'مسؤول', 'مسؤولون', 'خلال', 'بحسب', 'وفقا', 'صحيفة', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد',
    'مليون', 'مليار', 'المملكة', 'الدولة', 'البلاد', 'الشرطة', 'قوات', 'المباراة', 'الفريق', 'النادي', 'المنتخب', 'الدوري',
    'الحرب', 'الانتخابات', 'السوق', 'الأسهم', 'الشركة', 'المجلس', 'المحكمة', 'الشعب', 'الدول', 'السياسية',
  ].map(normalizeArabic),
);

/** The vocabulary of licences and legal notices, which are prose but not news. */
export const AR_LEGAL_WORDS: ReadonlySet<string> = new Set(
  [
    'الترخيص', 'ترخيص', 'الرخصة', 'رخصة', 'الضمان', 'ضمانات', 'البرمجيات', 'المرخص', 'المرخّص', 'حقوق', 'التوزيع', 'يجوز',
    'بموجب', 'المسؤولية', 'نسخ', 'تعديل', 'المصدر',
  ].map(normalizeArabic),
);
