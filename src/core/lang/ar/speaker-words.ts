/**
 * Arabic words around a speaker: roles, ranks, organisation heads, unnamed sources, anaphors and the words that end a speaker phrase.
 * In normalised form (see normalizeArabic): أ/إ/آ → ا, ة → ه, ى → ي, diacritics and tanween
 * dropped. Conjunctions (و ف) are stripped before look-up, so وأضاف and فقال need no entry.
 */
import { arabicWordSet as set } from './word-set';

/** Titles and role words that precede or follow a name without being part of it. */
export const AR_ROLE_WORDS = set(`
  رئيس رييس الرئيس رئيسه الرئيسه وزير الوزير وزيره الوزيره مدير المدير مديره المديره عام العام
  قائد القائد القيادي استاذ المتحدث متحدث المتحدثه الناطق ناطق باسم بلسان نائب النائب مستشار المستشار سفير السفير
  امين الامين عضو العضو حاكم الحاكم محافظ المحافظ والي الوالي امير الامير الملك ملك الشيخ الدكتور دكتور د
  والد والده شقيق شقيقه زوجه نجل
  الفريق اللواء العميد العقيد المقدم الرائد النقيب الجنرال المهندس الاستاذ السيد السيده سمو
  معالي سعاده فخامه الناشط الناشطه الكاتب الكاتبه الصحافي الصحفي الباحث الخبير المحلل المحامي
  المشرف مشرف المدرب اللاعب مساعد وكيل الوكيل مفوض المفوض تجاري مسوول المسوول رئاسه قسم مجلس وزاره جهاز
  هييه اداره منطقه لجنه حزب حركه مركز قياده حرس كتله تحالف منظمه جمعيه شركه بنك جامعه
  اتحاد الحكومه حكومه ولي العهد النجم الزعيم زعيم المرشد الامين الوزراء الخارجيه الداخليه
  نقابه محكمه بلديه غرفه الرئاسه
  القنصل قنصل الملحق المندوب مندوب الملا المفتي القاضي الطبيب الداعيه الاعلامي المذيع المعلق
  الفنان الشاعر الروائي المخرج المطرب المغني الممثل ممثل مدرب لاعب
`);

/** Ranks and honorifics directly followed by the name (… قائد حرس الحدود اللواء محمد …). */
export const AR_RANKS = set(`
  الفريق اللواء العميد العقيد المقدم الرائد النقيب الجنرال الدكتور الشيخ الامير المهندس الاستاذ السيد السيدة الناشط الناشطة الملا
`);

/** رجل الأعمال، رجل الدين: what makes رجل (a man) a role. */
export const AR_MEN_OF = set(`الاعمال الدين`);

/** Words a rank may carry before the name (الفريق أول ركن، اللواء البحري، العميد الطيار). */
export const AR_RANK_MODIFIERS = set(`اول ركن الركن بحري البحري طيار الطيار متقاعد المتقاعد`);

/** Role words that head an organisation's name: with no person named, the organisation speaks. */
export const AR_ORG_HEADS = set(`
  مجلس وزارة جهاز هيئة إدارة لجنة حزب حركة مركز قيادة كتلة تحالف منظمة جمعية شركة بنك جامعة
  اتحاد حكومة الحكومة رئاسة الرئاسة الخارجية الداخلية نقابة محكمة بلدية غرفة وكالة مؤسسة صحيفة قناة سفارة
`);

/** Documents that speak for whoever issued them: بيان، تقرير، رسالة (normalised, article optional). */
export const AR_DOCUMENT_NOUNS = set(`بيان البيان تقرير التقرير رساله الرساله`);

/** Heads of unnamed-source descriptions: مصدر عسكري، مصادر مطلعة، شهود عيان. */
export const AR_SOURCE_HEADS = set(`
  مصدر مصادر مسوول مسوولون مسوولين شهود شاهد مواطنون مواطنين خبراء محللون ناشطون مراقبون سكان
  اطباء عائلات اهالي متحدث ناطق
`);

/** Anaphoric subjects resolved to the most recent speaker (المصدر، الوزير، التقرير). */
export const AR_ANAPHORS = set(`
  المصدر المصادر الوزير الوزيره التقرير المنظمه المجلس الرئيس المتحدث الناطق البيان الشاب المسوول
  الحكومه الوزاره اللجنه الهييه القائد الامير الملك الجيش هو هي الحركه الحزب
  الصحيفه الجريده الوكاله الصندوق
`);

/** Anaphors that stand for an organisation or its document: they take the last organisation named. */
export const AR_ORG_ANAPHORS = set(`
  التقرير المنظمة المجلس البيان الوزارة اللجنة الهيئة الجيش الحركة الحزب
  الصحيفة الجريدة الوكالة الصندوق
`);

/** Words that end a speaker phrase: prepositions, adverbs, relatives, auxiliaries. */
export const AR_SUBJECT_STOPS = set(`
  في على خلال عن الى الي من مع بعد قبل امام لدى عبر حيث الذي التي الذين اللذين اللتين
  امس اليوم ايضا كذلك اول ثم لكن بل قد لقد كان كانت وكان يكون تكون لم لن لا ما هو هي هم
  اما انه ان كما اذ اذا عندما بينما فيما حين امام نحو حول اثناء عقب منذ تحت فوق له لها لهم
  ذلك هذا هذه تلك هناك هنا جميعا لهن فيه فيها فيهم بها به وسط اثر
  نفسه نفسها ذاته ذاتها انفسهم بدوره بدورها
  لي لنا لك لكم لهما عليه عليها عليهم عنه عنها عنهم منه منها منهم اليه اليها اليهم معه معها
  معهم معي معنا بي بنا بهم
  بحسب حسبما وفقا نقلا اي ايه يدعي تدعي
`);

/**
 * Nouns of an abstract noun's shape that name who can speak (see abstractArabicHead):
 * institutions (وزارة، إدارة، جمعية، الإذاعة) and groups or figures (شخصية، الجالية، الأغلبية).
 */
export const AR_SPEAKING_ABSTRACT_NOUNS = set(`
  وزاره سفاره اداره رئاسه نيابه وكاله قياده امانه اماره بلديه جمعيه مفوضيه قنصليه مديريه
  محافظه ولايه شرطه هييه حكومه نقابه جامعه كليه سلطه دائره مصلحه رابطه منظمه لجنه داخليه
  خارجيه معارضه جماعه اذاعه صحافه شخصيه جاليه اغلبيه اكثريه
`);

/** Days and months: a date never speaks (قال الخميس is a verb and its time). */
export const AR_DATE_WORDS = set(`
  السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه يوم امس اليوم غدا
  يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
  كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين
`);

/** Prepositions: the phrase after one is its object, never the subject of the verb that follows (وعن الأسباب قالت). */
export const AR_PREPOSITIONS = set(`
  في على خلال عن الى الي من مع بعد قبل امام لدى عبر نحو حول اثناء عقب منذ تحت فوق وسط اثر
`);

/** Particles carrying the subject pronoun right before a verb (لكنه أشار). */
export const AR_PRONOUN_PARTICLES = set(`لكنه لكنها ولكنه ولكنها انه انها وانه وانها بل`);

/**
 * Verbs that carry on what follows (ومضى يقول، وراح يقول، وعاد يقول، وأخذ يقول، واستطرد قائلا):
 * written alone before a speech verb they are no subject; theirs is elided, the current speaker.
 */
export const AR_CARRYING_ON_VERBS = set(`مضي راح عاد ظل اخذ استطرد استمر بدا طفق انبري`);

/** A kunya or a word of descent: the word after it is a name's, whatever its shape (أبو طالب، بن سعيد). */
export const AR_NAME_LINKS = set(`ابو ابي ام بن ابن بنت`);

/** Relative pronouns: a verb right after one has a description for subject (الأصوات التي تقول). */
export const AR_RELATIVES = set(`التي الذي الذين اللواتي اللاتي`);
