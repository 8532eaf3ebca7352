/**
 * Arabic cue words for finding names, which the tagger cannot learn well from 125k tokens.
 * Stored as match keys (normalised Arabic, lower-case Latin) and looked up on clitic-stripped words.
 */
import { matchKey } from '../../text/normalize';

const keys = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(matchKey));

/** Words that introduce a person's name when they directly precede it. */
export const AR_PERSON_TITLES = keys(`
  الرئيس رئيس الزعيم زعيم الملك الملكه الامير الاميره الشيخ السيد السيده الانسه الدكتور د
  الوزير وزير وزيره الوزيره نائب مساعد المستشار مستشار المتحدث متحدث الناطق السفير سفير
  الجنرال اللواء العميد العقيد الفريق المشير العماد القائد قائد الكاتب الصحافي الصحفي الكاتبه
  الممثل الممثله المبعوث مبعوث المدير مدير مديره المديره الامين امين البابا الامام المفتي
  النائب العاهل ولي المرشد المندوب مندوب المنسق المحلل الباحث الخبير الاستاذ البروفيسور
  المدرب مدرب اللاعب لاعب الفنان الفنانه المغني المطرب المخرج المهندس القاضي المحامي نظيره نظيرته
  الملا ملا الحاج
  الشاعر الشاعره الاديب الاديبه العضو العضوه المحترف الكابتن الرائد النقيب المقدم الملازم الرقيب
  المطربه المغنيه الاعلامي الاعلاميه الروائي الروائيه الناشط الناشطه المذيع المذيعه الطبيب الطبيبه
  الداعيه المهاجم المدافع الحارس المستشاره السفيره النائبه الباحثه الخبيره القاضيه المحاميه
  المدربه اللاعبه المخرجه المهندسه الدكتوره الاستاذه
`);

/** Nouns that head an organisation's name (`وزارة الخارجية`, `Ministry of Defence`). */
export const AR_ORGANISATION_NAME_HEADS = keys(`
  وزاره مجلس منظمه حزب حركه وكاله صحيفه قناه جامعه شركه هيئه مؤسسه اتحاد جمعيه لجنه بنك مصرف
  صندوق محكمه جبهه تحالف مركز معهد اكاديميه نادي فريق منتدى مجموعه الوزاره تنظيم ائتلاف
  الامانه رابطه نقابه مكتب سلطه برلمان مستشفي مستوصف مكتبه امانه دائره بلديه كليه متحف ديوان
`);

/** Heads that never belong to the name they describe (صحيفة الوئام, تنظيم داعش). */
export const OUTSIDE_HEADS = keys(`صحيفه جريده قناه تنظيم`);

/** More heads of a medium whose name follows (مجلة «…», إذاعة لندن): the name is the medium's. */
export const OUTLET_HEADS = keys(`مجله اذاعه`);

/**
 * Club and team heads: outside a sports club's name (نادي الهلال, فريق النصر), inside the name of
 * a club of another kind (نادي الواحة الأدبي), which without the head is no name.
 */
export const CLUB_HEADS = keys(`نادي فريق`);

/**
 * Heads after which a name between quotation marks is an organisation's (`حزب «القوات
 * اللبنانية»`, `فرقة «مسار إجباري»`, `موقع "تداول"`, a bloc or a movement: `تكتل «…»`, `تيار
 * «…»`, a listed company's share: `سهم "…"`): the head stays outside the name.
 */
export const QUOTED_ORG_HEADS = keys(`منظمه حزب حركه جماعه شبكه وكاله هيئه شركه جمعيه فرقه كتائب موقع مؤسسه تيار تكتل كتله ائتلاف جبهه تحالف سهم مجموعه`);

/**
 * Heads that describe the name after them rather than begin it (the name is the rest, as the
 * gold marks it), or mostly mean something else (تنظيم, organising): no organisation span
 * starts at them by rule.
 */
export const DESCRIPTOR_HEADS: ReadonlySet<string> = new Set([...OUTSIDE_HEADS, ...CLUB_HEADS]);

/** The adjectives that end the name of a club that is no sports club. */
export const CLUB_KINDS = keys(`الادبي الثقافي الاجتماعي العلمي الفني`);

/** Words after an organisation head that make it a government body (وزارة الخارجية). */
export const ORG_BODIES = keys(`
  الخارجيه الداخليه الدفاع الماليه العدل الصحه التعليم الاقتصاد الاعلام الامن الشؤون الشوري النواب
  الشيوخ الوزراء الدوله الشعب التعاون الاتحادي الوطني الدولي الدوليه العامه الامن
`);

/** Adjectives of scope that, with a ل phrase, make a definite head a name (المركز الوطني للقياس). */
export const ORG_SCOPES = keys(`
  الوطني الوطنيه العام العامه العالمي العالميه الدولي الدوليه العربي العربيه الاعلي الاتحادي
  الاتحاديه الاهلي الاهليه الخليجي الخليجيه الاسلامي الاسلاميه
`);

/**
 * Definite adjectives that follow an organisation's name without being part of it: time and
 * reference (مجلس الشورى السابق، اللجنة المذكورة, the former council, the said committee).
 */
export const ORG_CHAIN_STOPS = keys(`
  السابق السابقه الحالي الحاليه الجديد الجديده المقبل المقبله الماضي الماضيه الاخير الاخيره
  المولف المولفه المكون المكونه المذكور المذكوره المعني المعنيه المختص المختصه
`);

/** Arabic nouns heading a place name (`مدينة فلاديفوستوك`, `جزيرة`, `محافظة`). */
export const PLACE_HEADS = keys(`
  مدينه محافظه ولايه مقاطعه اقليم جزيره بلده قريه منطقه عاصمه نهر جبل بحر مضيق خليج
`);

/**
 * Nouns after which the next word names a place even with the article (بلدة الخيام, حي الدورة,
 * مخيم بلاطة); dual forms (بلدتي، مخيمي) name two, the second joined by و.
 */
export const STRONG_PLACE_HEADS = keys(`
  مدينه بلده بلدتي بلدات قريه قريتي قرى قري مخيم مخيمي مخيمات حي ولايه ولايتي محافظه محافظتي
  اقليم منتجع ضاحيه مدينتي احياء مخطط مخططات محور متنزه مطمر
`);

export const DUAL_PLACE_HEADS = keys(`بلدتي قريتي مخيمي ولايتي محافظتي مدينتي`);

/**
 * Nouns that head a road, bridge, square or valley, or a named building (airport, port, stadium,
 * palace, mosque), and stay inside its name (`طريق الملك فهد`, `جسر السلام`, `مطار الملك خالد`,
 * `ميناء عدن`): without them the name says a person, a place or a word.
 */
export const ROUTE_HEADS = keys(`طريق شارع جسر وادي ميدان دوار نفق كورنيش مطار ميناء استاد قصر مسجد`);

/**
 * Of those, the ones also used figuratively or with an ordinary genitive (طريق النجاح, قصر النظر,
 * مسجد القرية): they need a person, a place or an unknown word after them.
 */
export const FIGURATIVE_ROUTE_HEADS = keys(`طريق قصر مسجد`);

/** The adjective that ends an airport's, a port's or a stadium's name (مطار الملك خالد الدولي). */
export const FACILITY_NAME_ENDS = keys(`الدولي`);

/**
 * Local offices of the state named after the place they serve, with it and with the word for the
 * province between (`أمانة منطقة تبوك`, `شرطة جدة`, `جوازات منطقة نجران`): one organisation.
 */
export const LOCAL_OFFICE_HEADS = keys(`امانه شرطه جوازات اماره صحه بلديه مرور تعليم سفاره قنصليه رياسه بورصه`);

/**
 * Heads of a state office's local branch besides the organisation heads (`الإدارة العامة للطرق
 * والنقل بمنطقة الباحة`, `حرس الحدود بمنطقة المدينة`, `قيادة عمليات الأنبار`).
 */
export const BRANCH_HEADS = keys(`اداره الاداره مديريه المديريه قياده القياده حرس فرع الفرع شرطه الشرطه`);

/** Heads of institutions named after a person (مدرسة سعد بن وقاص, مستشفى الملك فهد). */
export const INSTITUTION_HEADS = keys(`مدرسه مستشفي مركز جمعيه جامعه مؤسسه مكتبه كليه معهد مجمع صندوق مدينه`);

/** The words for a province, governorate or city between a local office and its place. */
export const ADMINISTRATIVE_AREAS = keys(`منطقه محافظه مدينه`);

/** Adjectives that follow a place noun without naming it (المدينة القديمة, بلدة حدودية). */
export const PLACE_QUALIFIERS = keys(`
  القديمه الجديده الحدوديه الحدودي المجاوره المجاور المحتله المحتل الصناعيه الصناعي السكنيه
  السكني الشماليه الجنوبيه الشرقيه الغربيه الشمالي الجنوبي الشرقي الغربي الساحليه الساحلي
  الرياضيه الرياضي الجامعيه الجامعي المقدسه المنوره الكبرى الكبير الصغيره الصغير المذكوره
  نفسها نفسه ذاتها ذاته التي الذي الاولى الاول الثانيه الثاني الاخرى الاخر المختلفه العربيه
  الفلسطينيه الاسرائيليه اللبنانيه العراقيه
`);

/**
 * Masculine nationality adjectives: after a place's name they make it a club or a company
 * (ليون الفرنسي، هامبورغ الالماني), since a city takes the feminine (باريس الفرنسيه). العربي is
 * left out (الخليج العربي).
 */
export const CLUB_NATIONALITIES = keys(`
  الروماني البلجيكي الانكليزي الانجليزي الإنكليزي الإنجليزي الدنماركي الهولندي البرتغالي اليوناني
  الاسكتلندي الاسكوتلندي النمساوي السويسري السويدي النرويجي الفنلندي البولندي التشيكي المجري
  الصربي الكرواتي البلغاري الاوكراني الروسي الالماني الفرنسي الايطالي الاسباني التركي الاسرائيلي
  البرازيلي الارجنتيني المكسيكي الاميركي الامريكي الياباني الصيني الكوري المصري السعودي القطري
  الكويتي الاماراتي البحريني العماني الاردني اللبناني السوري العراقي التونسي الجزائري المغربي
  الليبي السوداني الايراني
`);

/** A match's other side: the word before a club's name (ضيفه, its guest; مضيفه, its host). */
export const OPPONENT_WORDS = keys(`ضيفه مضيفه منافسه خصمه غريمه ضيفها مضيفها منافسها`);

/**
 * Football clubs of the Gulf and the Arab leagues whose names are ordinary words elsewhere
 * (الهلال crescent, الاتحاد union, النصر victory): read as clubs only in a sports article. Clubs
 * named after their city (الرياض، أبها) are left out: the city is the likelier reading.
 * Written by the team from general knowledge of the leagues.
 */
export const ARAB_CLUBS = keys(`
  الهلال النصر الاتحاد الأهلي الشباب الفيصلي القادسية الرائد الحزم الفيحاء الباطن ضمك الطائي هجر
  العروبة الجبلين الأنصار الشعلة الزمالك الإسماعيلي السد الريان الغرافة الوكرة الوصل السالمية
  الترجي الرجاء الوداد المريخ
`);

/**
 * Clubs whose names are common words in sports news too (الاتفاق مع اللاعب: the agreement with
 * the player): a club only in a sentence about a match (a result's verb, a match word, an opponent).
 */
export const AMBIGUOUS_ARAB_CLUBS = keys(`الاتفاق التعاون الفتح العدالة النهضة الكوكب الوحدة الخليج`);

/** Words of a sentence about a match, besides a club's name and a result's verbs. */
export const MATCH_WORDS = keys(`مباراة مباراه المباراة لقاء اللقاء مواجهة المواجهة ضد أمام امام الجولة`);

/**
 * Nouns that head the name of an event, a competition or an exhibition (كأس مصر، مهرجان «صيف
 * دبي»، معرض «…»): a name right after them is part of the event's name, which is not marked.
 */
export const EVENT_HEADS = keys(`كأس كاس بطولة دوري مهرجان معرض`);

/**
 * Nouns that head the name of a product, an index or a craft (مؤشر «داو جونز», سيارة نوع بيجو,
 * المسبار «نيو هورايزونز»): a name right after them is the product's, not marked either.
 */
export const PRODUCT_HEADS = keys(`مؤشر المؤشر نوع طراز مسبار المسبار`);

/**
 * The first words of the blessings written after a name (رحمه الله, حفظه الله, أيده الله): with
 * الله after them they are a formula, never a name.
 */
export const BLESSING_VERBS = keys(`
  رحمه رحمها رحمهم حفظه حفظها حفظهم رعاه رعاها رعاهم ايده ايدها ايدهم يحفظه يحفظها يرعاه يرعاها
  سلمه سلمها وفقه وفقها نصره
`);

/** Words of a sports article: enough of them make a club's ordinary-word name a club. */
export const SPORTS_WORDS = keys(`
  مباراة مباراه المباراة المباريات مباريات الدوري دوري لاعب اللاعب لاعبي اللاعبين لاعبين المدرب
  مدرب هدف الهدف أهداف الأهداف الفريق فريق نادي النادي بطولة البطولة الموسم كأس منتخب المنتخب
  الملعب ملعب الجولة جولة التعادل الفوز
`);

/** Words before a club's name that make it a team of a kind or a competition (منتخب الشباب، كأس الاتحاد). */
export const NOT_CLUB_CONTEXT = keys(`منتخب منتخبات فئة فئات درجة دوري كأس كاس بطولة فريق`);

/** Sports words an article needs before a club's ordinary-word name is read as the club. */
export const SPORTS_ARTICLE_WORDS = 3;

/** Nouns that take a club as their genitive in sports news (`مدرب روما`, `جماهير مانشستر`). */
export const CLUB_GENITIVE_HEADS = keys(`مدرب لاعب لاعبي مهاجم حارس جماهير صفوف قميص نجم مدافع`);

/** Words of a player's move, before إلى and the club (`انضم صلاح إلى روما`). */
export const TRANSFER_WORDS = keys(`انضم انضمامه ينضم انتقل انتقاله ينتقل الانتقال الرحيل رحيله يرحل عاد عودته`);

/** Words of a result: `فاز على X`, `تغلب على X`, `تعادل X مع`. */
export const MATCH_VERBS = keys(`
  فاز وفاز ففاز تغلب وتغلب سحق وسحق هزم وهزم تعادل وتعادل خسر وخسر بفوزه فوزه
`);

/**
 * Words that follow فريق (team) without naming a club: `فريق التحقيق` is an investigation team,
 * `فريق العربي` the club. Also the ordinary qualifiers of a sports team.
 */
export const NOT_CLUB_NAMES = keys(`
  العمل التحقيق التفتيش الانقاذ الاغاثه البحث الخبراء المفتشين المراقبين المفاوضين المحققين
  الاطباء الطبي الفني الاداري الوطني الاول الثاني الاخر الخصم المنافس الضيف المضيف الكره
  الشباب الناشئين الاشبال الدفاع الهجوم الامني الدولي الاممي الحكومي
`);

/** Currency words, as written (no match keys): ANERcorp tags them MISC, but they are no names for a reader. */
export const AR_CURRENCIES: ReadonlySet<string> = new Set(['دولار', 'الدولار', 'دولارا', 'دولارات', 'يورو', 'اليورو', 'جنيه', 'الجنيه', 'ريال', 'الريال', 'درهم', 'الدرهم', 'دينار', 'الدينار', 'ليره', 'الليره', 'روبل', 'الروبل', 'يوان', 'اليوان', 'ين', 'الين']);

/** `نظيره الأميركي`, his counterpart: holds the same office as the person named before. */
export const AR_COUNTERPARTS: ReadonlySet<string> = new Set(['نظير', 'نظيره', 'نظيرته']);
