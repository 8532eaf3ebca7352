/**
 * A generated corpus for the corpus benchmarks and the integration tests of the workspace
 * index: short original news articles (1 to 1.6 KB of UTF-8), two Arabic for one English, each naming
 * two people of a small cast in one of a few cities, with their quotes. Deterministic: article
 * `i` is always the same text. Every name is one the gazetteer knows in both languages, so the
 * same person is the same corpus entity in Arabic and English articles.
 */
interface Person {
  ar: string;
  arShort: string;
  en: string;
  enShort: string;
  arRole: string;
  enRole: string;
}

export const CAST: readonly Person[] = [
  { ar: 'فلاديمير بوتين', arShort: 'بوتين', en: 'Vladimir Putin', enShort: 'Putin', arRole: 'الرئيس الروسي', enRole: 'Russian President' },
  { ar: 'رجب طيب أردوغان', arShort: 'أردوغان', en: 'Recep Tayyip Erdogan', enShort: 'Erdogan', arRole: 'الرئيس التركي', enRole: 'Turkish President' },
  { ar: 'إيمانويل ماكرون', arShort: 'ماكرون', en: 'Emmanuel Macron', enShort: 'Macron', arRole: 'الرئيس الفرنسي', enRole: 'French President' },
  { ar: 'أنطونيو غوتيريش', arShort: 'غوتيريش', en: 'Antonio Guterres', enShort: 'Guterres', arRole: 'الأمين العام للأمم المتحدة', enRole: 'UN Secretary-General' },
  { ar: 'سيرغي لافروف', arShort: 'لافروف', en: 'Sergei Lavrov', enShort: 'Lavrov', arRole: 'وزير الخارجية الروسي', enRole: 'Russian Foreign Minister' },
];

const CITIES: readonly [string, string][] = [
  ['أنقرة', 'ANKARA'],
  ['القاهرة', 'CAIRO'],
  ['باريس', 'PARIS'],
  ['جنيف', 'GENEVA'],
  ['موسكو', 'MOSCOW'],
];

/** Paragraphs without names, so an article has the length of a short news story. */
const AR_FILLER = [
  'وتناولت المحادثات سبل تعزيز التعاون الاقتصادي وتوسيع المبادلات التجارية بين البلدين، إضافة إلى عدد من الملفات الإقليمية التي تشغل الطرفين منذ أشهر.',
  'ويرى مراقبون أن اللقاء يأتي في توقيت حساس، إذ تتزايد الضغوط على الأسواق العالمية وترتفع أسعار الغذاء والطاقة في كثير من الدول النامية.',
  'وكانت جولات سابقة من المفاوضات قد انتهت من دون نتائج ملموسة، غير أن الوفود أكدت هذه المرة رغبتها في الوصول إلى تفاهمات عملية قبل نهاية العام.',
];
const EN_FILLER = [
  'The talks covered ways to expand economic cooperation and trade between the two countries, as well as several regional issues that have occupied both sides for months.',
  'The meeting came at a sensitive time, with pressure mounting on world markets and food and energy prices rising in many developing countries.',
  'Earlier rounds of negotiations ended without concrete results, but the delegations said this time they wanted practical understandings before the end of the year.',
];

const AR_TOPICS = ['اتفاق تصدير الحبوب', 'أمن الطاقة', 'الهدنة الإنسانية', 'التبادل التجاري', 'ملف اللاجئين'];
const EN_TOPICS = ['the grain export deal', 'energy security', 'a humanitarian truce', 'trade between their countries', 'the refugee crisis'];

export interface CorpusArticle {
  /** A file name: `ar-00012.news`, `en-00013.news`. */
  name: string;
  language: 'ar' | 'en';
  text: string;
  /** The two people it names (indexes into CAST); the first is quoted twice, the second once. */
  people: [number, number];
}

export function corpusArticle(i: number): CorpusArticle {
  const a = i % CAST.length;
  const b = (i + 1 + (Math.floor(i / CAST.length) % (CAST.length - 1))) % CAST.length;
  const [arCity, enCity] = CITIES[(i * 3) % CITIES.length];
  const language = i % 3 === 2 ? 'en' : 'ar';
  const n = String(i).padStart(5, '0');
  const p = CAST[a];
  const q = CAST[b];
  const text =
    language === 'ar'
      ? [
          `محادثات في ${arCity} حول ${AR_TOPICS[i % AR_TOPICS.length]} (${i})`,
          '',
          `${arCity} (رويترز) - التقى ${p.arRole} ${p.ar} ${q.arRole} ${q.ar} في ${arCity} يوم الاثنين لبحث ${AR_TOPICS[i % AR_TOPICS.length]}، في اللقاء رقم ${i} بينهما.`,
          '',
          AR_FILLER[i % 3],
          '',
          AR_FILLER[(i + 1) % 3],
          '',
          `وقال ${p.arShort} للصحفيين: "نحن مستعدون لمواصلة الحوار حتى نصل إلى نتيجة واضحة في هذا الملف".`,
          '',
          `من جهته، قال ${q.arShort} إن "المحادثات كانت صريحة ومفيدة، وسنلتقي مجددا قريبا".`,
          '',
          AR_FILLER[(i + 2) % 3],
          '',
          `وأضاف ${p.arShort} أن الوفدين سيواصلان العمل على التفاصيل الفنية خلال الأسابيع المقبلة.`,
          '',
        ].join('\n')
      : [
          `Talks in ${enCity[0]}${enCity.slice(1).toLowerCase()} on ${EN_TOPICS[i % EN_TOPICS.length]} (${i})`,
          '',
          `${enCity} (Reuters) - ${p.enRole} ${p.en} met ${q.enRole} ${q.en} in ${enCity[0]}${enCity.slice(1).toLowerCase()} on Monday to discuss ${EN_TOPICS[i % EN_TOPICS.length]}, their meeting number ${i}.`,
          '',
          EN_FILLER[i % 3],
          '',
          EN_FILLER[(i + 1) % 3],
          '',
          `"We are ready to keep talking until we reach a clear result," ${p.enShort} told reporters.`,
          '',
          `${q.enShort} said the talks had been "frank and useful" and that they would meet again soon.`,
          '',
          EN_FILLER[(i + 2) % 3],
          '',
          `"Both teams will keep working on the details in the coming weeks," ${p.enShort} added.`,
          '',
        ].join('\n');
  return { name: `${language}-${n}.news`, language, text, people: [a, b] };
}
