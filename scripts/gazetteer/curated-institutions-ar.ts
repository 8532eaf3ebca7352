import type { CuratedEntry } from './curated';

/**
 * Institutions and companies of Saudi Arabia and the Gulf, written by the team from general
 * knowledge (never from evaluation text): government bodies, universities, hospitals, banks and
 * listed companies that the region's papers name by their short form (`نزاهة`, `سابك`, `الراجحي`).
 * Matched in Arabic only (the English form is a translation to show).
 *
 * Left out on purpose: short forms that are ordinary words (`المرور` traffic, `الجوازات`
 * passports, `التجارة` trade, `معادن` metals, `كيان` entity, `دار` house, `ملاذ` refuge, `سبق`
 * preceded, `ناس` people, `هدف` goal, `اتصالات` communications, `القطرية` Qatari) and
 * family names that are also banks (`الراجحي` stays the bank's long forms only).
 * The words of a multi-word name here are no tagger features alone (generate.ts marks the entries
 * `ar-phrase`): `خالد` in `جامعة الملك خالد` or `تبوك` in `جامعة تبوك` stays a person or a place.
 * Compact form: one line per entry, `TYPE|ar forms|en forms|what`; an entry already in another
 * list keeps that list's form (the first wins).
 */
const LINES = `
ORG|هيئة كبار العلماء|Council of Senior Scholars|Saudi religious body
ORG|هيئة الأمر بالمعروف والنهي عن المنكر;هيئة الأمر بالمعروف|Committee for the Promotion of Virtue and the Prevention of Vice|Saudi religious police
ORG|الهيئة الوطنية لمكافحة الفساد;هيئة مكافحة الفساد;نزاهة|National Anti-Corruption Commission;Nazaha|Saudi anti-corruption body
ORG|ديوان المظالم|Board of Grievances|Saudi administrative court
ORG|ديوان الخدمة المدنية;وزارة الخدمة المدنية|Ministry of Civil Service|Saudi government body
ORG|النيابة العامة|Public Prosecution|Prosecution service
ORG|هيئة التحقيق والادعاء العام|Bureau of Investigation and Public Prosecution|Saudi prosecution body (until 2017)
ORG|هيئة حقوق الإنسان|Human Rights Commission|Saudi government body
ORG|الجمعية الوطنية لحقوق الإنسان|National Society for Human Rights|Saudi society
ORG|الحرس الوطني;الحرس الوطني السعودي|Saudi Arabian National Guard|Saudi armed force
ORG|هيئة الهلال الأحمر السعودي;الهلال الأحمر السعودي|Saudi Red Crescent Authority|Saudi emergency service
ORG|المديرية العامة للجوازات|General Directorate of Passports|Saudi government body
ORG|الإدارة العامة للمرور|General Department of Traffic|Saudi government body
ORG|الرئاسة العامة لرعاية الشباب;رعاية الشباب|General Presidency of Youth Welfare|Saudi sports body (until 2016)
ORG|الهيئة العامة للرياضة;هيئة الرياضة|General Sports Authority|Saudi sports body
ORG|الهيئة العامة للترفيه;هيئة الترفيه|General Entertainment Authority|Saudi government body
ORG|الهيئة العامة للسياحة والتراث الوطني;هيئة السياحة|Saudi Commission for Tourism and National Heritage|Saudi government body
ORG|الهيئة العامة للإحصاء|General Authority for Statistics|Saudi government body
ORG|هيئة السوق المالية|Capital Market Authority|Saudi regulator
ORG|هيئة الاتصالات وتقنية المعلومات|Communications and Information Technology Commission|Saudi regulator
ORG|هيئة الغذاء والدواء;الهيئة العامة للغذاء والدواء|Saudi Food and Drug Authority|Saudi regulator
ORG|هيئة الهلال الأحمر|Red Crescent Authority|Emergency service
ORG|المؤسسة العامة للتأمينات الاجتماعية;التأمينات الاجتماعية|General Organization for Social Insurance|Saudi government body
ORG|المؤسسة العامة للتدريب التقني والمهني|Technical and Vocational Training Corporation|Saudi government body
ORG|صندوق الاستثمارات العامة|Public Investment Fund|Saudi sovereign fund
ORG|صندوق التنمية العقارية|Real Estate Development Fund|Saudi government fund
ORG|صندوق التنمية الزراعية|Agricultural Development Fund|Saudi government fund
ORG|صندوق التنمية الصناعية السعودي|Saudi Industrial Development Fund|Saudi government fund
ORG|صندوق تنمية الموارد البشرية|Human Resources Development Fund|Saudi government fund
ORG|البنك السعودي للتسليف والادخار;بنك التسليف|Saudi Credit and Savings Bank|Saudi government bank
ORG|مركز الملك عبدالعزيز للحوار الوطني;مركز الملك عبد العزيز للحوار الوطني|King Abdulaziz Center for National Dialogue|Saudi body
ORG|مكتبة الملك فهد الوطنية|King Fahd National Library|Saudi library
ORG|دارة الملك عبدالعزيز;دارة الملك عبد العزيز|King Abdulaziz Foundation for Research and Archives|Saudi body
ORG|جامعة الملك عبدالعزيز;جامعة الملك عبد العزيز|King Abdulaziz University|Saudi university
ORG|جامعة الملك فهد للبترول والمعادن|King Fahd University of Petroleum and Minerals|Saudi university
ORG|جامعة أم القرى|Umm al-Qura University|Saudi university
ORG|جامعة الإمام محمد بن سعود الإسلامية;جامعة الإمام|Imam Muhammad ibn Saud Islamic University|Saudi university
ORG|جامعة طيبة|Taibah University|Saudi university
ORG|كاوست|KAUST|King Abdullah University of Science and Technology
ORG|جامعة الملك خالد|King Khalid University|Saudi university
ORG|جامعة الملك فيصل|King Faisal University|Saudi university
ORG|جامعة القصيم|Qassim University|Saudi university
ORG|الجامعة الإسلامية بالمدينة المنورة;الجامعة الإسلامية|Islamic University of Madinah|Saudi university
ORG|جامعة الأميرة نورة بنت عبدالرحمن;جامعة الأميرة نورة|Princess Nourah University|Saudi university
ORG|جامعة الملك عبدالله للعلوم والتقنية|King Abdullah University of Science and Technology|Saudi university
ORG|جامعة جازان|Jazan University|Saudi university
ORG|جامعة تبوك|University of Tabuk|Saudi university
ORG|جامعة حائل|University of Hail|Saudi university
ORG|جامعة نجران|Najran University|Saudi university
ORG|جامعة الباحة|Al Baha University|Saudi university
ORG|جامعة الجوف|Jouf University|Saudi university
ORG|جامعة الطائف|Taif University|Saudi university
ORG|جامعة الإمام عبدالرحمن بن فيصل;جامعة الدمام|Imam Abdulrahman Bin Faisal University|Saudi university
ORG|مستشفى الملك فيصل التخصصي;مستشفى الملك فيصل التخصصي ومركز الأبحاث|King Faisal Specialist Hospital|Saudi hospital
ORG|مدينة الملك فهد الطبية|King Fahad Medical City|Saudi hospital
ORG|مدينة الملك عبدالعزيز الطبية|King Abdulaziz Medical City|Saudi hospital
ORG|مدينة الملك عبدالعزيز للعلوم والتقنية;مدينة الملك عبد العزيز للعلوم والتقنية|King Abdulaziz City for Science and Technology|Saudi research body
ORG|زين السعودية|Zain KSA|Saudi telecom company
ORG|جبل عمر;شركة جبل عمر|Jabal Omar|Saudi property company
ORG|أمانة منطقة الرياض;أمانة الرياض|Riyadh Municipality|Saudi municipality
ORG|أمانة محافظة جدة;أمانة جدة|Jeddah Municipality|Saudi municipality
ORG|أمانة المنطقة الشرقية|Eastern Province Municipality|Saudi municipality
ORG|إمارة منطقة الرياض|Riyadh Region Principality|Saudi regional government
ORG|إمارة منطقة مكة المكرمة|Makkah Region Principality|Saudi regional government
ORG|الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي|General Presidency for the Affairs of the Two Holy Mosques|Saudi religious body
ORG|الدفاع المدني|Civil Defence|Emergency service
ORG|البنك السعودي الهولندي|Saudi Hollandi Bank|Saudi bank
ORG|جامعة الملك سعود بن عبدالعزيز للعلوم الصحية|King Saud bin Abdulaziz University for Health Sciences|Saudi university
ORG|الشركة السعودية للكهرباء;شركة الكهرباء|Saudi Electricity Company|Saudi company
ORG|الشركة السعودية للصناعات الأساسية|SABIC|Saudi company
ORG|شركة التعدين العربية السعودية|Maaden|Saudi company
ORG|الشركة الوطنية للنقل البحري|Bahri|Saudi company
ORG|المؤسسة العامة للخطوط الحديدية;الخطوط الحديدية السعودية|Saudi Railways Organization|Saudi railway
ORG|شركة سار;الشركة السعودية للخطوط الحديدية|Saudi Railway Company|Saudi railway
ORG|مجموعة سامبا المالية;سامبا|Samba Financial Group|Saudi bank
ORG|بنك الرياض|Riyad Bank|Saudi bank
ORG|البنك السعودي الفرنسي|Banque Saudi Fransi|Saudi bank
ORG|البنك السعودي البريطاني;ساب|Saudi British Bank;SABB|Saudi bank
ORG|البنك العربي الوطني|Arab National Bank|Saudi bank
ORG|البنك السعودي للاستثمار|Saudi Investment Bank|Saudi bank
ORG|بنك البلاد|Bank Albilad|Saudi bank
ORG|مصرف الإنماء;بنك الإنماء|Alinma Bank|Saudi bank
ORG|بنك الجزيرة|Bank AlJazira|Saudi bank
ORG|البنك الأهلي;البنك الأهلي السعودي|National Commercial Bank|Saudi bank
ORG|المراعي;شركة المراعي|Almarai|Saudi company
ORG|صافولا;مجموعة صافولا|Savola Group|Saudi company
ORG|مكتبة جرير|Jarir Bookstore|Saudi retailer
ORG|دار الأركان;شركة دار الأركان|Dar Al Arkan|Saudi property company
ORG|إعمار المدينة الاقتصادية|Emaar The Economic City|Saudi property company
ORG|كيان السعودية|Saudi Kayan|Saudi company
ORG|التعاونية للتأمين|Tawuniya|Saudi insurer
ORG|ميدغلف;ميدغلف للتأمين|MedGulf|Insurer
ORG|بوبا العربية|Bupa Arabia|Saudi insurer
ORG|شركة الاتصالات الكويتية|Kuwait Telecom|Kuwaiti telecom company
ORG|مؤسسة الإمارات للاتصالات|Etisalat|Emirati telecom company
ORG|طيران الإمارات|Emirates|Emirati airline
ORG|الاتحاد للطيران|Etihad Airways|Emirati airline
ORG|الخطوط الجوية القطرية|Qatar Airways|Qatari airline
ORG|طيران ناس|Flynas|Saudi airline
ORG|مؤسسة البريد السعودي;البريد السعودي|Saudi Post|Saudi postal service
ORG|هيئة الطيران المدني;الهيئة العامة للطيران المدني|General Authority of Civil Aviation|Saudi regulator
ORG|مجلس الغرف السعودية|Council of Saudi Chambers|Saudi business body
ORG|غرفة الرياض;الغرفة التجارية الصناعية بالرياض|Riyadh Chamber of Commerce|Saudi business body
ORG|غرفة جدة|Jeddah Chamber of Commerce|Saudi business body
ORG|غرفة الشرقية|Asharqia Chamber|Saudi business body
ORG|أمانة محافظة جدة;أمانة جدة|Jeddah Municipality|Saudi municipality
ORG|أمانة العاصمة المقدسة|Makkah Municipality|Saudi municipality
ORG|رابطة العالم الإسلامي|Muslim World League|Islamic body
ORG|منظمة التعاون الإسلامي|Organisation of Islamic Cooperation|Intergovernmental body
ORG|البنك الإسلامي للتنمية|Islamic Development Bank|Development bank
ORG|مجلس التعاون لدول الخليج العربية;مجلس التعاون الخليجي|Gulf Cooperation Council|Regional body
ORG|قوات درع الجزيرة;درع الجزيرة|Peninsula Shield Force|GCC military force
ORG|التحالف العربي|Saudi-led coalition|Military coalition
ORG|قناة العربية|Al Arabiya|Saudi-owned television channel
ORG|قناة الإخبارية|Al Ekhbariya|Saudi television channel
ORG|روتانا|Rotana|Media company
ORG|إم بي سي;مجموعة إم بي سي|MBC Group|Media company
ORG|صحيفة سبق|Sabq|Saudi news site
ORG|صحيفة الرياض|Al Riyadh|Saudi newspaper
ORG|صحيفة اليوم|Al Yaum|Saudi newspaper
ORG|صحيفة الوئام;الوئام|Al Weeam|Saudi news site
ORG|صحيفة الحياة|Al Hayat|Pan-Arab newspaper
ORG|صحيفة الشرق الأوسط|Asharq Al-Awsat|Pan-Arab newspaper
`;

export const curatedInstitutionsArabic: CuratedEntry[] = LINES.split('\n')
  .map((line) => line.split('|'))
  .filter((f) => f.length === 4 && f[0] === 'ORG')
  .map(([type, ar, en, what]) => [type as CuratedEntry[0], ar, en, what]);
