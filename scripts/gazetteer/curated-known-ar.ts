import type { CuratedEntry } from './curated';

/**
 * Names the Arabic press writes with no cue word before them (no حزب, شركة, صحيفة), that are no
 * ordinary Arabic word, so that where they stand and the tagger found nothing they are the name:
 * legislatures and seats of power, parties, international bodies and agencies, news agencies and
 * outlets, car and technology brands, and the short names of companies listed on the Saudi
 * market. Written by the team from general knowledge (never from evaluation text), in the usual
 * press spellings (ة/ه, أ/ا, ى/ي are folded by the match key; variants only for other letters,
 * غ/ج/ق, and with or without the article where both are written). Matched in Arabic only.
 *
 * Left out on purpose, because they are ordinary words, places or family names as often as names:
 * `الاتحاد` (union), `الوطن`, `الرياض`, `الجزيرة`, `المدينة`, `اليوم`, `الحياة`, `البلاد`,
 * `الشرق`, `الاقتصادية`, `سبق`, `العربية`, `البيان` (papers and channels), `حماس` (zeal), `فتح`
 * (opening), `القاعدة` (base), `نيسان` (April), `جيب` (pocket), `أمازون` (the river), `زين`,
 * `كريم` (given names), `الراجحي`, `العثيم`, `الحكير` (families), `الإنماء` (development),
 * `معادن` (metals), `المتقدمة` (advanced), `البحري` (maritime), `التصنيع` (manufacturing),
 * `قنا` (the Qatari agency; also a canal and an Egyptian town), `طالبان`, `الحوثيين` (the press
 * writes the movement as the people; the tagger knows them).
 * Nor one-word forms that fold (the match key drops hamzas, ى is ي) into a common word: `أبل`
 * (إبل camels), `أودي` (أودى), `فيات` (فئات), `وام` (وأم), `كونا`, `أرنا`, `جيلي`, `ينساب`,
 * `تداول`, `إعمار`, `تكوين`, `المواساة`, `التلغراف`. The dictionary cannot sort them out for us:
 * it lists many of the names (الكنيست, الكرملين, مايكروسوفت) as words.
 * No form starts with a head the gold leaves outside the name or that the rules handle (صحيفة,
 * شركة, حزب before a name that stands alone, وكالة before a foreign agency's name).
 * Format: one line per entry, `TYPE|ar forms|en forms|what`.
 */
const LINES = `
ORG|الكنيست;كنيست|Knesset|Israeli parliament
ORG|الكونغرس;الكونجرس;الكونقرس;كونغرس;الكونغرس الأمريكي;الكونغرس الأميركي|US Congress|US legislature
ORG|مجلس الشيوخ الأمريكي;مجلس الشيوخ الأميركي|US Senate|US legislature
ORG|مجلس النواب الأمريكي;مجلس النواب الأميركي|US House of Representatives|US legislature
ORG|الدوما;مجلس الدوما|State Duma|Russian legislature
ORG|البوندستاغ;البوندستاج;البوندستاق|Bundestag|German legislature
ORG|مجلس العموم البريطاني;مجلس العموم|House of Commons|British legislature
ORG|مجلس اللوردات|House of Lords|British legislature
ORG|مجلس الشورى السعودي|Shura Council|Saudi consultative council
ORG|الجمعية الوطنية الفرنسية|French National Assembly|French legislature
ORG|البيت الأبيض|White House|US presidency
ORG|الكرملين|Kremlin|Russian presidency
ORG|الإليزيه;قصر الإليزيه|Elysee|French presidency
ORG|داونينغ ستريت;داوننغ ستريت|Downing Street|British government
ORG|البنتاغون;البنتاجون|Pentagon|US Department of Defense
ORG|الليكود|Likud|Israeli party
ORG|كاديما|Kadima|Israeli party
ORG|الحزب الجمهوري|Republican Party|US party
ORG|الحزب الديمقراطي الأمريكي;الحزب الديمقراطي الأميركي;الحزب الديموقراطي الأمريكي|Democratic Party|US party
ORG|حزب المحافظين البريطاني|Conservative Party|British party
ORG|حزب العمال البريطاني|Labour Party|British party
ORG|حزب البعث;حزب البعث العربي الاشتراكي|Baath Party|Arab party
ORG|جماعة الإخوان المسلمين;الإخوان المسلمين;الإخوان المسلمون|Muslim Brotherhood|Islamist movement
ORG|حزب العدالة والتنمية|Justice and Development Party|Turkish or Moroccan party
ORG|حزب الشعب الجمهوري|Republican People's Party|Turkish party
ORG|حزب الوفد|Wafd Party|Egyptian party
ORG|الحزب الوطني الديمقراطي|National Democratic Party|Egyptian party
ORG|حزب النور|Nour Party|Egyptian party
ORG|حركة النهضة|Ennahda|Tunisian party
ORG|حزب الكتائب|Kataeb Party|Lebanese party
ORG|التيار الوطني الحر|Free Patriotic Movement|Lebanese party
ORG|تيار المستقبل|Future Movement|Lebanese party
ORG|حركة أمل|Amal Movement|Lebanese party
ORG|حزب المؤتمر الوطني الهندي|Indian National Congress|Indian party
ORG|بهاراتيا جاناتا|Bharatiya Janata Party|Indian party
ORG|داعش|ISIS|Jihadist group
ORG|الأمم المتحدة|United Nations|International organisation
ORG|مجلس الأمن الدولي|UN Security Council|UN body
ORG|الجمعية العامة للأمم المتحدة|UN General Assembly|UN body
ORG|منظمة الصحة العالمية|World Health Organization|UN agency
ORG|اليونسكو|UNESCO|UN agency
ORG|اليونيسف;اليونيسيف|UNICEF|UN agency
ORG|الأونروا|UNRWA|UN agency
ORG|المفوضية السامية للأمم المتحدة لشؤون اللاجئين;مفوضية اللاجئين|UNHCR|UN agency
ORG|برنامج الأغذية العالمي|World Food Programme|UN agency
ORG|منظمة الأغذية والزراعة|Food and Agriculture Organization|UN agency
ORG|صندوق النقد الدولي|International Monetary Fund|International organisation
ORG|البنك الدولي|World Bank|International organisation
ORG|منظمة التجارة العالمية|World Trade Organization|International organisation
ORG|الوكالة الدولية للطاقة الذرية|International Atomic Energy Agency|UN agency
ORG|وكالة الطاقة الدولية|International Energy Agency|International organisation
ORG|أوبك|OPEC|Oil exporters' organisation
ORG|حلف شمال الأطلسي;الناتو|NATO|Military alliance
ORG|الاتحاد الأوروبي;الاتحاد الاوربي|European Union|International organisation
ORG|المفوضية الأوروبية|European Commission|EU body
ORG|البرلمان الأوروبي|European Parliament|EU body
ORG|البنك المركزي الأوروبي|European Central Bank|EU bank
ORG|جامعة الدول العربية;الجامعة العربية|Arab League|International organisation
ORG|الاتحاد الأفريقي;الاتحاد الإفريقي|African Union|International organisation
ORG|منظمة التعاون الإسلامي|Organisation of Islamic Cooperation|International organisation
ORG|مجموعة العشرين|G20|International forum
ORG|رابطة آسيان;آسيان|ASEAN|International organisation
ORG|الإنتربول;الانتربول|Interpol|International police body
ORG|اللجنة الدولية للصليب الأحمر;الصليب الأحمر الدولي|International Committee of the Red Cross|Humanitarian body
ORG|منظمة العفو الدولية|Amnesty International|Human rights group
ORG|هيومن رايتس ووتش|Human Rights Watch|Human rights group
ORG|أطباء بلا حدود|Doctors Without Borders|Humanitarian body
ORG|مجلس حقوق الإنسان|UN Human Rights Council|UN body
ORG|المحكمة الجنائية الدولية|International Criminal Court|International court
ORG|محكمة العدل الدولية|International Court of Justice|International court
ORG|الفيفا;الاتحاد الدولي لكرة القدم|FIFA|Football body
ORG|اللجنة الأولمبية الدولية|International Olympic Committee|Sports body
ORG|الاتحاد الآسيوي لكرة القدم|Asian Football Confederation|Football body
ORG|وكالة المخابرات المركزية;سي آي إيه|CIA|US agency
ORG|مكتب التحقيقات الفيدرالي;مكتب التحقيقات الفيدرالي الأمريكي;إف بي آي|FBI|US agency
ORG|ناسا|NASA|US agency
ORG|الموساد|Mossad|Israeli agency
ORG|الشاباك|Shin Bet|Israeli agency
ORG|الاحتياطي الفيدرالي;مجلس الاحتياطي الفيدرالي;الاحتياطي الفدرالي|Federal Reserve|US central bank
ORG|وكالة الأنباء السعودية;واس|Saudi Press Agency|News agency
ORG|رويترز|Reuters|News agency
ORG|وكالة فرانس برس;فرانس برس;وكالة الصحافة الفرنسية|AFP|News agency
ORG|أسوشيتد برس;أسوشيتيد برس|Associated Press|News agency
ORG|بلومبرغ;بلومبيرغ;بلومبرج|Bloomberg|News agency
ORG|وكالة الأنباء الألمانية|DPA|News agency
ORG|وكالة الأناضول|Anadolu Agency|News agency
ORG|وكالة الأنباء الكويتية|KUNA|News agency
ORG|وكالة أنباء الإمارات|WAM|News agency
ORG|وكالة الأنباء القطرية|QNA|News agency
ORG|وكالة أنباء البحرين|Bahrain News Agency|News agency
ORG|وكالة الأنباء العمانية|Oman News Agency|News agency
ORG|وكالة تسنيم|Tasnim|News agency
ORG|وكالة فارس|Fars News Agency|News agency
ORG|وكالة إرنا|IRNA|News agency
ORG|بي بي سي;هيئة الإذاعة البريطانية|BBC|Broadcaster
ORG|سي إن إن|CNN|Broadcaster
ORG|سكاي نيوز عربية;سكاي نيوز|Sky News Arabia|Broadcaster
ORG|فوكس نيوز|Fox News|Broadcaster
ORG|نيويورك تايمز|New York Times|Newspaper
ORG|واشنطن بوست|Washington Post|Newspaper
ORG|وول ستريت جورنال|Wall Street Journal|Newspaper
ORG|فايننشال تايمز;فاينانشال تايمز|Financial Times|Newspaper
ORG|الغارديان;الجارديان|The Guardian|Newspaper
ORG|ديلي ميل|Daily Mail|Newspaper
ORG|ديلي تلغراف;ديلي تليغراف|Daily Telegraph|Newspaper
ORG|الإندبندنت;إندبندنت|The Independent|Newspaper
ORG|لوموند|Le Monde|Newspaper
ORG|لوفيغارو|Le Figaro|Newspaper
ORG|دير شبيغل|Der Spiegel|Magazine
ORG|هآرتس|Haaretz|Newspaper
ORG|يديعوت أحرونوت|Yedioth Ahronoth|Newspaper
ORG|عكاظ|Okaz|Saudi newspaper
ORG|عين اليوم|Ain Alyoum|Saudi news site
ORG|أخبار 24|Akhbaar 24|Saudi news site
ORG|روسيا اليوم|RT|Broadcaster
ORG|كاديلاك|Cadillac|Car brand
ORG|تويوتا|Toyota|Car maker
ORG|هوندا|Honda|Car maker
ORG|هيونداي;هونداي|Hyundai|Car maker
ORG|مرسيدس;مرسيدس بنز;مرسيدس-بنز|Mercedes-Benz|Car maker
ORG|بي إم دبليو;بي ام دبليو|BMW|Car maker
ORG|فولكس فاغن;فولكسفاغن;فولكس واجن;فولكسواجن|Volkswagen|Car maker
ORG|شيفروليه;شفروليه;شيفروليت|Chevrolet|Car brand
ORG|جنرال موتورز|General Motors|Car maker
ORG|فورد موتور|Ford Motor|Car maker
ORG|كرايسلر|Chrysler|Car maker
ORG|لكزس;لكسس|Lexus|Car brand
ORG|إنفينيتي;انفينيتي|Infiniti|Car brand
ORG|بورشه;بورش|Porsche|Car maker
ORG|فيراري|Ferrari|Car maker
ORG|لامبورغيني;لامبورجيني|Lamborghini|Car maker
ORG|رولز رويس;رولز رايس|Rolls-Royce|Car maker
ORG|بنتلي|Bentley|Car maker
ORG|جاغوار;جاكوار|Jaguar|Car maker
ORG|لاند روفر;رينج روفر;رنج روفر|Land Rover|Car maker
ORG|بيجو|Peugeot|Car maker
ORG|رينو|Renault|Car maker
ORG|سوزوكي|Suzuki|Car maker
ORG|مازدا|Mazda|Car maker
ORG|ميتسوبيشي;متسوبيشي|Mitsubishi|Car maker
ORG|سوبارو|Subaru|Car maker
ORG|تسلا;تيسلا|Tesla|Car maker
ORG|فولفو|Volvo|Car maker
ORG|جي إم سي;جي ام سي|GMC|Car brand
ORG|دودج|Dodge|Car brand
ORG|شيري|Chery|Car maker
ORG|مايكروسوفت;ميكروسوفت|Microsoft|Technology company
ORG|جوجل;غوغل;قوقل|Google|Technology company
ORG|فيسبوك;فيس بوك|Facebook|Technology company
ORG|تويتر|Twitter|Social network
ORG|إنستغرام;انستغرام;إنستجرام;انستجرام;انستقرام|Instagram|Social network
ORG|سناب شات;سناب تشات;سنابشات|Snapchat|Social network
ORG|يوتيوب|YouTube|Video site
ORG|واتساب;واتس آب;واتس اب|WhatsApp|Messaging service
ORG|تيك توك|TikTok|Social network
ORG|لينكد إن;لينكدإن|LinkedIn|Social network
ORG|تيليجرام;تلغرام;تيلغرام|Telegram|Messaging service
ORG|نتفليكس;نتفلكس|Netflix|Streaming company
ORG|سامسونج;سامسونغ|Samsung|Technology company
ORG|هواوي|Huawei|Technology company
ORG|نوكيا|Nokia|Technology company
ORG|سوني|Sony|Technology company
ORG|إل جي;ال جي|LG|Technology company
ORG|إنتل;انتل|Intel|Technology company
ORG|آي بي إم;أي بي إم|IBM|Technology company
ORG|أوراكل|Oracle|Technology company
ORG|سيسكو|Cisco|Technology company
ORG|ياهو|Yahoo|Technology company
ORG|أوبر|Uber|Technology company
ORG|علي بابا|Alibaba|Technology company
ORG|شاومي|Xiaomi|Technology company
ORG|بوينغ;بوينج|Boeing|Aircraft maker
ORG|إيرباص;ايرباص|Airbus|Aircraft maker
ORG|أرامكو;أرامكو السعودية|Saudi Aramco|Saudi company
ORG|سابك|SABIC|Saudi company
ORG|الاتصالات السعودية;إس تي سي|STC|Saudi company
ORG|موبايلي|Mobily|Saudi company
ORG|مصرف الراجحي;بنك الراجحي|Al Rajhi Bank|Saudi bank
ORG|سافكو|SAFCO|Saudi company
ORG|سبكيم|Sipchem|Saudi company
ORG|بترورابغ;بترو رابغ|Petro Rabigh|Saudi company
ORG|كيمانول|Chemanol|Saudi company
ORG|أميانتيت|Amiantit|Saudi company
ORG|الزامل للصناعة|Zamil Industrial|Saudi company
ORG|عذيب|Atheeb|Saudi company
ORG|نادك|NADEC|Saudi company
ORG|هرفي|Herfy|Saudi company
ORG|أسواق العثيم|Othaim Markets|Saudi company
ORG|مجموعة فواز الحكير;فواز الحكير|Fawaz Alhokair Group|Saudi company
ORG|أسمنت اليمامة;اسمنت اليمامة|Yamama Cement|Saudi company
ORG|أسمنت السعودية;اسمنت السعودية|Saudi Cement|Saudi company
ORG|أسمنت الجنوب;اسمنت الجنوب|Southern Province Cement|Saudi company
ORG|أسمنت ينبع;اسمنت ينبع|Yanbu Cement|Saudi company
ORG|أسمنت القصيم;اسمنت القصيم|Qassim Cement|Saudi company
ORG|أسمنت الشرقية;اسمنت الشرقية|Eastern Province Cement|Saudi company
ORG|أسمنت تبوك;اسمنت تبوك|Tabuk Cement|Saudi company
ORG|أسمنت العربية;اسمنت العربية|Arabian Cement|Saudi company
ORG|أسمنت نجران;اسمنت نجران|Najran Cement|Saudi company
ORG|أسمنت حائل;اسمنت حائل|Hail Cement|Saudi company
ORG|أسمنت الجوف;اسمنت الجوف|Al Jouf Cement|Saudi company
ORG|أسمنت المدينة;اسمنت المدينة|City Cement|Saudi company
ORG|أسمنت أم القرى;اسمنت أم القرى|Umm Al-Qura Cement|Saudi company
ORG|بوبا|Bupa|Insurer
ORG|ملاذ للتأمين|Malath Insurance|Saudi insurer
ORG|بروج للتأمين|Buruj Insurance|Saudi insurer
ORG|سلامة للتأمين|Salama Insurance|Saudi insurer
ORG|الدرع العربي للتأمين|Arabian Shield Insurance|Saudi insurer
ORG|المتحدة للتأمين التعاوني|United Cooperative Assurance|Saudi insurer
ORG|الأهلي تكافل|AlAhli Takaful|Saudi insurer
ORG|ساب تكافل|SABB Takaful|Saudi insurer
ORG|الجزيرة تكافل|AlJazira Takaful|Saudi insurer
ORG|أليانز السعودي الفرنسي|Allianz Saudi Fransi|Saudi insurer
ORG|سايكو|SAICO|Saudi insurer
ORG|ولاء للتأمين|Wala'a Insurance|Saudi insurer
ORG|تكافل الراجحي|Al Rajhi Takaful|Saudi insurer
ORG|إعمار العقارية|Emaar|Property company
ORG|طيبة القابضة|Taiba Holding|Saudi company
ORG|مكة للإنشاء والتعمير|Makkah Construction|Saudi company
ORG|الخزف السعودي|Saudi Ceramic|Saudi company
ORG|الكابلات السعودية|Saudi Cable|Saudi company
ORG|سيسكو القابضة|SISCO|Saudi company
ORG|البابطين للطاقة|Al-Babtain Power|Saudi company
ORG|حلواني إخوان|Halwani Bros|Saudi company
ORG|الحمادي القابضة|Al Hammadi Holding|Saudi company
ORG|دله الصحية|Dallah Healthcare|Saudi company
ORG|رعاية الطبية|Care|Saudi company
ORG|مجموعة بن لادن;بن لادن السعودية|Saudi Binladin Group|Saudi company
ORG|السوق المالية السعودية|Tadawul|Saudi stock exchange
ORG|ساما;مؤسسة النقد العربي السعودي;مؤسسة النقد|Saudi Arabian Monetary Authority|Saudi central bank
`;

export const curatedKnownArabic: CuratedEntry[] = LINES.split('\n')
  .map((line) => line.split('|'))
  .filter((f) => f.length === 4 && f[0] === 'ORG')
  .map(([type, ar, en, what]) => [type as CuratedEntry[0], ar, en, what]);
