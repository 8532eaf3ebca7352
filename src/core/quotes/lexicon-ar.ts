/**
 * Arabic reporting vocabulary, in normalised form (see normalizeArabic): أ/إ/آ → ا,
 * ة → ه, ى → ي, diacritics and tanween dropped. Conjunctions (و ف) are stripped
 * before look-up, so وأضاف and فقال need no entry of their own.
 */
import { normalizeArabic } from '../text/normalize';

/** Entries are written naturally and normalised here, so look-ups use one form. */
function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

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
  اعرب
  نفى نفت
  يري راي رات
  اختصر تختصر
  ويضيف
`);

/** Verbs that relay someone else's words, with the preposition that names the source. */
export const AR_RELAY_VERBS = new Map<string, string>([
  ['نقل', 'عن'], ['نقلت', 'عن'], ['علم', 'من'], ['علمت', 'من'],
].map(([verb, preposition]) => [normalizeArabic(verb), preposition]));

/** Prepositions that introduce where words came from (علمت الصحيفة من مصدر، نقلت عن). */
export const AR_SOURCE_PREPOSITIONS = set(`من عن`);

/** Written pieces whose author speaks through them (تغريدة للناشط …، جاء فيها). */
export const AR_DOCUMENTS = set(`تغريدة تغريدات بيان رسالة مقال تدوينة منشور كلمة خطاب تقرير`);

/** Resumptive "in it" after جاء or a verb (جاء فيها، أعلنت فيه). */
export const AR_IN_IT = set(`فيه فيها فيهما`);

/** Nouns that turn the next verb-looking word into a verbal noun (عدم ذكر، دون ذكر). */
export const AR_VERBAL_NOUN_MARKERS = set(`عدم دون بدون`);

/** Particles carrying the subject pronoun right before a verb (لكنه أشار). */
export const AR_PRONOUN_PARTICLES = set(`لكنه لكنها ولكنه ولكنها انه انها وانه وانها بل`);

/** Relative pronouns: a verb right after one has a description for subject (الأصوات التي تقول). */
export const AR_RELATIVES = set(`التي الذي الذين اللواتي اللاتي`);

/** Active verbs that characterise or demand: a quotation in their clause is the subject's words. */
export const AR_CHARACTERISING_VERBS = set(`
  اتهم اتهمت اتهموا اتهمه اتهمها اتهموه اتهموها يتهم تتهم طالب طالبت طالبوا يطالب تطالب
  وصفه وصفها وصفته وصفوه وصفت حث حثت يحث تحث
`);

/** Participles and verbal nouns that continue the current speaker (مضيفًا، قائلًا، بقوله). */
export const AR_CONTINUATION = set(`
  مضيفا مضيفه قائلا قائله موضحا موضحه مشيرا مشيره موكدا موكده لافتا لافته مبينا مبينه
  مشددا معتبرا معلنا منوها محذرا متابعا مستطردا واصفا قوله بقوله لقوله قولها بقولها
`);

/** Source markers: the speaker follows them (بحسب التقرير، وفقًا لـ…، نقلًا عن…). */
export const AR_SOURCE_MARKERS = set(`بحسب حسب حسبما وفقا نقلا`);

/** Words after a speech verb that introduce its content. */
export const AR_COMPLEMENTIZERS = set(`ان انه انها انهم انهما بان بانه بانها`);

/** Words that end a speaker phrase: prepositions, adverbs, relatives, auxiliaries. */
export const AR_SUBJECT_STOPS = set(`
  في على خلال عن الى الي من مع بعد قبل امام لدى عبر حيث الذي التي الذين اللذين اللتين
  امس اليوم ايضا كذلك اول ثم لكن بل قد لقد كان كانت وكان يكون تكون لم لن لا ما هو هي هم
  اما انه ان كما اذ اذا عندما بينما فيما حين امام نحو حول اثناء عقب منذ تحت فوق له لها لهم
  ذلك هذا هذه تلك هناك هنا جميعا لهن فيه فيها فيهم بها به وسط اثر
`);

/** Titles and role words that precede or follow a name without being part of it. */
export const AR_ROLE_WORDS = set(`
  رئيس رييس الرئيس رئيسه الرئيسه وزير الوزير وزيره الوزيره مدير المدير مديره المديره عام العام
  قائد القائد المتحدث متحدث المتحدثه الناطق ناطق باسم نائب النائب مستشار المستشار سفير السفير
  امين الامين عضو العضو حاكم الحاكم محافظ المحافظ امير الامير الملك ملك الشيخ الدكتور دكتور د
  والد والده شقيق شقيقه زوجه نجل
  الفريق اللواء العميد العقيد المقدم الرائد النقيب الجنرال المهندس الاستاذ السيد السيده سمو
  معالي سعاده فخامه الناشط الناشطه الكاتب الكاتبه الصحافي الصحفي الباحث الخبير المحلل المحامي
  المشرف مشرف المدرب اللاعب مساعد وكيل الوكيل مفوض المفوض تجاري مسوول المسوول رئاسه قسم مجلس وزاره جهاز
  هييه اداره منطقه لجنه حزب حركه مركز قياده حرس كتله تحالف منظمه جمعيه شركه بنك جامعه
  اتحاد الحكومه حكومه ولي العهد النجم الزعيم زعيم المرشد الامين الوزراء الخارجيه الداخليه
  نقابه محكمه بلديه غرفه الرئاسه
`);

/** Role words that head an organisation's name: with no person named, the organisation speaks. */
export const AR_ORG_HEADS = set(`
  مجلس وزارة جهاز هيئة إدارة لجنة حزب حركة مركز قيادة كتلة تحالف منظمة جمعية شركة بنك جامعة
  اتحاد حكومة الحكومة رئاسة الرئاسة الخارجية الداخلية نقابة محكمة بلدية غرفة
`);

/** Nouns after في that open a circumstance, not a role's place (قال الوزير في بيان …). */
export const AR_CIRCUMSTANCE_NOUNS = set(`
  تصريح تصريحات بيان مؤتمر كلمة كلمته حديث حديثه تغريدة تغريدات مقابلة لقاء اتصال رسالة خطاب
  ختام افتتاح جلسة اجتماع ندوة برنامج تقرير مقال منشور
`);

/** Compass words written before a place (في شمال سيناء). */
export const AR_DIRECTIONS = set(`شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي`);

/** Ranks and honorifics directly followed by the name (… قائد حرس الحدود اللواء محمد …). */
export const AR_RANKS = set(`
  الفريق اللواء العميد العقيد المقدم الرائد النقيب الجنرال الدكتور الشيخ الامير المهندس الاستاذ السيد السيدة الناشط الناشطة
`);

/** Heads of unnamed-source descriptions: مصدر عسكري، مصادر مطلعة، شهود عيان. */
export const AR_SOURCE_HEADS = set(`
  مصدر مصادر مسوول مسوولون مسوولين شهود شاهد مواطنون مواطنين خبراء محللون ناشطون مراقبون سكان
  اطباء عائلات اهالي متحدث
`);

/** Anaphoric subjects resolved to the most recent speaker (المصدر، الوزير، التقرير). */
export const AR_ANAPHORS = set(`
  المصدر الوزير الوزيره التقرير المنظمه المجلس الرئيس المتحدث الناطق البيان الشاب المسوول
  الحكومه الوزاره اللجنه الهييه القائد الامير الملك الجيش هو هي الحركه الحزب
`);

/** Anaphors that stand for an organisation or its document: they take the last organisation named. */
export const AR_ORG_ANAPHORS = set(`
  التقرير المنظمة المجلس البيان الوزارة اللجنة الهيئة الجيش الحركة الحزب
`);

/** Nouns after which a quotation is an organisation's name (منظمة "هيومن رايتس ووتش"). */
export const AR_ORG_NAMING_CUES = set(`منظمة تنظيم حزب حركة جماعة شبكة وكالة هيئة شركة جمعية`);

/** Nouns after which a quotation names something rather than reproducing words. */
export const AR_NAMING_CUES = set(`
  صحيفه جريده مجله قناه موقع منظمه تنظيم برنامج ملعب وسام مدينه قريه معركه اتفاقيه عنوان بعنوان
  اسم مسمي يسمي سمي تسميه يعرف تعرف توصف يوصف وصف مبدا حق مقطع هاشتاج هاشتاق وسم شعار حمله
  عمليه مشروع مهرجان اوبريت كتاب فيلم مسلسل روايه قصيده اغنيه نادي فريق حزب حركه جماعه شبكه وكاله
  لقب ملقب الملقب لقائمه قائمه منتزه متنزه ماركه علامه
`);
