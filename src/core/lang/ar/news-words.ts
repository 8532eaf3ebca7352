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

/** Words of reporting: officials, institutions, time, money, sport. At least some appear in any news story (article detection). */
export const AR_NEWS_WORDS: ReadonlySet<string> = new Set(['الرئيس', 'رئيس', 'وزير', 'الوزير', 'وزارة', 'الحكومة', 'مصادر', 'مصدر', 'وكالة', 'أمس', 'اليوم', 'العام', 'الأمير', 'الملك',
    'المتحدث', 'مسؤول', 'مسؤولون', 'صحيفة', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'مليون',
    'مليار', 'المملكة', 'الدولة', 'البلاد', 'الشرطة', 'قوات', 'المباراة', 'الفريق', 'النادي', 'المنتخب', 'الدوري', 'الحرب',
    'الانتخابات', 'السوق', 'الأسهم', 'الشركة', 'المجلس', 'المحكمة', 'الشعب', 'الدول', 'السياسية', 'أمير', 'منطقة', 'محافظ', 'مدير',
    'العامة', 'الوطني', 'هيئة', 'الهيئة', 'الأمن', 'المواطنين', 'ريال', 'الماضي', 'رمضان'].map(normalizeArabic));

/** The vocabulary of licences and legal notices, which are prose but not news (article detection). */
export const AR_LEGAL_WORDS: ReadonlySet<string> = new Set(['الترخيص', 'ترخيص', 'الرخصة', 'رخصة', 'الضمان', 'ضمانات', 'البرمجيات', 'المرخص', 'حقوق', 'التوزيع', 'يجوز', 'بموجب',
    'المسؤولية', 'نسخ', 'تعديل', 'البرنامج', 'الملف', 'الإصدار', 'تثبيت'].map(normalizeArabic));
