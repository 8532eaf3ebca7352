/**
 * Arabic words that tell what a quotation is: a source, a document, a name rather than words said.
 * In normalised form (see normalizeArabic): أ/إ/آ → ا, ة → ه, ى → ي, diacritics and tanween
 * dropped. Conjunctions (و ف) are stripped before look-up, so وأضاف and فقال need no entry.
 */
import { arabicWordSet as set } from './word-set';

/** Source markers: the speaker follows them (بحسب التقرير، وفقًا لـ…، نقلًا عن…). */
export const AR_SOURCE_MARKERS = set(`بحسب حسب حسبما وفقا نقلا`);

/** Prepositions that introduce where words came from (علمت الصحيفة من مصدر، نقلت عن). */
export const AR_SOURCE_PREPOSITIONS = set(`من عن`);

/** Written pieces whose author speaks through them (تغريدة للناشط …، جاء فيها). */
export const AR_DOCUMENTS = set(`تغريدة تغريدات بيان رسالة مقال تدوينة منشور كلمة خطاب تقرير`);

/** Resumptive "in it" after جاء or a verb (جاء فيها، أعلنت فيه). */
export const AR_IN_IT = set(`فيه فيها فيهما`);

/**
 * Whom the words were said to or about, as a pronoun after the verb (قال له، قالت لها، كتب عنه):
 * the subject follows it (قالت لها مريم).
 */
export const AR_SAID_TO_PRONOUNS = set(`له لها لهما لهم لهن لي لنا لك لكم عنه عنها عنهم`);

/** Nouns that turn the next verb-looking word into a verbal noun (عدم ذكر، دون ذكر). */
export const AR_VERBAL_NOUN_MARKERS = set(`عدم دون بدون`);

/** Nouns after في that open a circumstance, not a role's place (قال الوزير في بيان …). */
export const AR_CIRCUMSTANCE_NOUNS = set(`
  تصريح تصريحات بيان مؤتمر كلمة كلمته حديث حديثه تغريدة تغريدات مقابلة لقاء اتصال رسالة خطاب
  ختام افتتاح جلسة اجتماع ندوة برنامج تقرير مقال منشور
`);

/** Compass words written before a place (في شمال سيناء). */
export const AR_DIRECTIONS = set(`شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي`);

/**
 * Demonstratives and quantifiers: right before a quoted word or two, they make it a noun of the
 * writer's sentence, a term in quotation marks (هذه «الفتوى»، أي «خلافة»), not someone's words.
 */
/**
 * Events and courses named after في, عن or حول (دورة في «فن إدارة المشاريع», ندوة عن «…»): the
 * quotation is the subject's title.
 */
export const AR_TOPIC_NAMING_CUES = set(`دوره دورات ندوه محاضره ورشه مؤتمر ملتقي منتدي مسابقه برنامج كتاب مقال`);

/** Prepositions between such a noun and its quoted title. */
export const AR_TOPIC_PREPOSITIONS = set(`في عن حول`);

export const AR_DETERMINERS = set(`هذا هذه ذلك تلك هذين هاتين هؤلاء اولئك اي كل بعض`);

/** Nouns after which a quotation names something rather than reproducing words. */
export const AR_NAMING_CUES = set(`
  هامش صحيفه جريده مجله قناه موقع منظمه تنظيم برنامج ملعب وسام مدينه قريه معركه اتفاقيه عنوان بعنوان
  اسم مسمي يسمي سمي تسميه يعرف تعرف توصف يوصف وصف مبدا حق مقطع هاشتاج هاشتاق وسم شعار حمله
  عمليه مشروع مهرجان اوبريت كتاب فيلم مسلسل روايه قصيده اغنيه نادي فريق حزب حركه جماعه شبكه وكاله
  لقب ملقب الملقب لقائمه قائمه منتزه متنزه ماركه علامه
  مؤتمر ندوه ملتقي منتدي مخيم معرض منطقه ميليشيا مليشيا مبادره جائزه مسابقه بطوله كاس ورشه قمه مناوره جبهه
`);

/** Nouns after which a quotation is an organisation's name (منظمة "هيومن رايتس ووتش"). */
export const AR_ORG_NAMING_CUES = set(`منظمة تنظيم حزب حركة جماعة شبكة وكالة هيئة شركة جمعية`);
