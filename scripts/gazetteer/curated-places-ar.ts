import type { CuratedEntry } from './curated';

/**
 * Places of the Arab press, written by the team from general knowledge (never from evaluation
 * text): the regions, provinces and governorates of the Arab states with their main towns, the
 * Gulf's emirates and the holy sites. Local papers name them without a head noun (`في الأحساء`,
 * `من ينبع`), where nothing but a list tells a town from a word. Matched in Arabic only (the
 * English form is a translation to show): several are ordinary English words (Hail, Sur).
 *
 * Left out on purpose: names that are mostly ordinary Arabic words or given names in running text
 * (البيضاء white, العين eye, الخبر news, الوجه face, حقل field, تدمر destroys, نجد we find,
 * مشهد scene, منى Mona, بدر, الزبير, الأحمدي, عرفات Arafat, الباب, البحيرة, الشرقية, الغربية),
 * and those a clitic or a lost hamza makes of common words (أبها in بابها, وجدة as و + جدة, إب as آب).
 * Compact form: one line per entry, `TYPE|ar forms|en forms|what`; an entry already in another
 * list keeps that list's form (the first wins).
 */
const LINES = `
LOC|القصيم|Qassim|Region of Saudi Arabia
LOC|المنطقة الشرقية|Eastern Province|Region of Saudi Arabia
LOC|عسير|Asir|Region of Saudi Arabia
LOC|تبوك|Tabuk|Region and city of Saudi Arabia
LOC|حائل|Hail|Region and city of Saudi Arabia
LOC|منطقة الحدود الشمالية|Northern Borders Province|Region of Saudi Arabia
LOC|جازان;جيزان|Jazan|Region and city of Saudi Arabia
LOC|نجران|Najran|Region and city of Saudi Arabia
LOC|الباحة|Al Bahah|Region and city of Saudi Arabia
LOC|الجوف|Al Jawf|Region of Saudi Arabia and governorate of Yemen
LOC|الحجاز|Hejaz|Region of Arabia
LOC|تهامة|Tihamah|Region of Arabia
LOC|الربع الخالي|Empty Quarter|Desert of Arabia
LOC|النفود|Nafud|Desert of Arabia
LOC|الدهناء|Dahna|Desert of Arabia
LOC|الجزيرة العربية;شبه الجزيرة العربية|Arabian Peninsula|Peninsula
LOC|الخليج العربي|Arabian Gulf|Sea
LOC|المغرب العربي|Maghreb|Region
LOC|بلاد الشام|Levant|Region
LOC|الأحساء;الاحساء|Al-Ahsa|Governorate of Saudi Arabia
LOC|الهفوف|Hofuf|City in Saudi Arabia
LOC|المبرز|Mubarraz|City in Saudi Arabia
LOC|القطيف|Qatif|Governorate of Saudi Arabia
LOC|الجبيل|Jubail|City in Saudi Arabia
LOC|حفر الباطن|Hafar Al-Batin|City in Saudi Arabia
LOC|الخفجي|Khafji|City in Saudi Arabia
LOC|رأس تنورة|Ras Tanura|City in Saudi Arabia
LOC|بقيق|Abqaiq|City in Saudi Arabia
LOC|النعيرية|Nairyah|City in Saudi Arabia
LOC|صفوى|Safwa|Town in Saudi Arabia
LOC|سيهات|Saihat|Town in Saudi Arabia
LOC|تاروت;جزيرة تاروت|Tarout|Island in Saudi Arabia
LOC|العوامية|Awamiyah|Town in Saudi Arabia
LOC|القريات|Qurayyat|City in Saudi Arabia
LOC|سكاكا|Sakaka|City in Saudi Arabia
LOC|دومة الجندل|Dumat al-Jandal|City in Saudi Arabia
LOC|طبرجل|Tabarjal|City in Saudi Arabia
LOC|عرعر|Arar|City in Saudi Arabia
LOC|رفحاء|Rafha|City in Saudi Arabia
LOC|بريدة|Buraidah|City in Saudi Arabia
LOC|عنيزة|Unaizah|City in Saudi Arabia
LOC|الرس|Ar Rass|City in Saudi Arabia
LOC|البكيرية|Bukayriyah|City in Saudi Arabia
LOC|الخرج|Al-Kharj|City in Saudi Arabia
LOC|الدوادمي|Dawadmi|City in Saudi Arabia
LOC|المجمعة|Majmaah|City in Saudi Arabia
LOC|الزلفي|Zulfi|City in Saudi Arabia
LOC|القويعية|Quwayiyah|City in Saudi Arabia
LOC|وادي الدواسر|Wadi ad-Dawasir|City in Saudi Arabia
LOC|الأفلاج|Aflaj|Governorate of Saudi Arabia
LOC|السليل|As Sulayyil|City in Saudi Arabia
LOC|حوطة بني تميم|Hotat Bani Tamim|City in Saudi Arabia
LOC|الدرعية|Diriyah|City in Saudi Arabia
LOC|ضرما|Dhurma|Town in Saudi Arabia
LOC|المزاحمية|Muzahmiyya|City in Saudi Arabia
LOC|ثادق|Thadiq|Town in Saudi Arabia
LOC|حريملاء|Huraymila|Town in Saudi Arabia
LOC|رابغ|Rabigh|City in Saudi Arabia
LOC|القنفذة|Al Qunfudhah|City in Saudi Arabia
LOC|خليص|Khulais|Town in Saudi Arabia
LOC|الجموم|Al Jumum|Town in Saudi Arabia
LOC|رنية|Ranyah|City in Saudi Arabia
LOC|الخرمة|Al Khurmah|City in Saudi Arabia
LOC|ينبع|Yanbu|City in Saudi Arabia
LOC|العلا|AlUla|City in Saudi Arabia
LOC|خيبر|Khaybar|Town in Saudi Arabia
LOC|الحناكية|Al Hinakiyah|Town in Saudi Arabia
LOC|خميس مشيط|Khamis Mushait|City in Saudi Arabia
LOC|بيشة|Bisha|City in Saudi Arabia
LOC|النماص|Al Namas|City in Saudi Arabia
LOC|محايل عسير;محايل|Muhayil|City in Saudi Arabia
LOC|سراة عبيدة|Sarat Abidah|Town in Saudi Arabia
LOC|أحد رفيدة|Ahad Rafidah|Town in Saudi Arabia
LOC|رجال ألمع|Rijal Almaa|Town in Saudi Arabia
LOC|ظهران الجنوب|Dhahran Al Janub|Town in Saudi Arabia
LOC|تثليث|Tathleeth|Town in Saudi Arabia
LOC|أبو عريش|Abu Arish|City in Saudi Arabia
LOC|صامطة|Samtah|City in Saudi Arabia
LOC|جزر فرسان|Farasan|Islands of Saudi Arabia
LOC|شرورة|Sharurah|City in Saudi Arabia
LOC|بلجرشي|Baljurashi|Town in Saudi Arabia
LOC|المخواة|Al Makhwah|Town in Saudi Arabia
LOC|تيماء|Tayma|Town in Saudi Arabia
LOC|ضباء|Duba|Town in Saudi Arabia
LOC|أملج|Umluj|Town in Saudi Arabia
LOC|بقعاء|Baqaa|Town in Saudi Arabia
LOC|المسجد الحرام|Masjid al-Haram|Mosque in Mecca
LOC|المسجد النبوي|Prophet's Mosque|Mosque in Medina
LOC|الحرم المكي|Grand Mosque of Mecca|Mosque in Mecca
LOC|الحرم النبوي|Prophet's Mosque|Mosque in Medina
LOC|الكعبة;الكعبة المشرفة|Kaaba|Shrine in Mecca
LOC|جبل عرفات|Mount Arafat|Hill near Mecca
LOC|مزدلفة|Muzdalifah|Site near Mecca
LOC|المسجد الأقصى|Al-Aqsa Mosque|Mosque in Jerusalem
LOC|قبة الصخرة|Dome of the Rock|Shrine in Jerusalem
LOC|أبوظبي;أبو ظبي|Abu Dhabi|Emirate and capital of the UAE
LOC|دبي|Dubai|Emirate and city
LOC|أم القيوين|Umm Al Quwain|Emirate
LOC|الجهراء|Jahra|Governorate of Kuwait
LOC|الفروانية|Farwaniya|Governorate of Kuwait
LOC|المحرق|Muharraq|City in Bahrain
LOC|الرفاع|Riffa|City in Bahrain
LOC|الوكرة|Al Wakrah|City in Qatar
LOC|صلالة|Salalah|City in Oman
LOC|صحار|Sohar|City in Oman
LOC|نزوى|Nizwa|City in Oman
LOC|ظفار|Dhofar|Governorate of Oman
LOC|مسندم|Musandam|Governorate of Oman
LOC|نينوى|Nineveh|Governorate of Iraq
LOC|الموصل|Mosul|City in Iraq
LOC|ديالى|Diyala|Governorate of Iraq
LOC|بعقوبة|Baqubah|City in Iraq
LOC|سامراء|Samarra|City in Iraq
LOC|بابل|Babylon|Governorate of Iraq
LOC|الحلة|Hillah|City in Iraq
LOC|واسط|Wasit|Governorate of Iraq
LOC|الكوت|Kut|City in Iraq
LOC|ميسان|Maysan|Governorate of Iraq
LOC|ذي قار|Dhi Qar|Governorate of Iraq
LOC|الناصرية|Nasiriyah|City in Iraq
LOC|المثنى|Muthanna|Governorate of Iraq
LOC|السماوة|Samawah|City in Iraq
LOC|الديوانية|Diwaniyah|City in Iraq
LOC|دهوك|Duhok|Governorate of Iraq
LOC|السليمانية|Sulaymaniyah|Governorate of Iraq
LOC|حلبجة|Halabja|City in Iraq
LOC|الطارمية|Tarmiyah|Town in Iraq
LOC|أبو غريب|Abu Ghraib|Town in Iraq
LOC|بيجي|Baiji|City in Iraq
LOC|سنجار|Sinjar|Town in Iraq
LOC|تلعفر;تل عفر|Tal Afar|City in Iraq
LOC|الكاظمية|Kadhimiya|District of Baghdad
LOC|الأعظمية|Adhamiyah|District of Baghdad
LOC|طرطوس|Tartus|City in Syria
LOC|إدلب;ادلب|Idlib|City in Syria
LOC|الرقة|Raqqa|City in Syria
LOC|دير الزور|Deir ez-Zor|City in Syria
LOC|الحسكة|Hasakah|City in Syria
LOC|القامشلي|Qamishli|City in Syria
LOC|درعا|Daraa|City in Syria
LOC|السويداء|Suwayda|City in Syria
LOC|القنيطرة|Quneitra|City in Syria
LOC|منبج|Manbij|City in Syria
LOC|جرابلس|Jarabulus|Town in Syria
LOC|عفرين|Afrin|Town in Syria
LOC|عين العرب;كوباني|Kobani|Town in Syria
LOC|تل أبيض|Tal Abyad|Town in Syria
LOC|رأس العين|Ras al-Ayn|Town in Syria
LOC|عين عيسى|Ain Issa|Town in Syria
LOC|داريا|Darayya|Town in Syria
LOC|الغوطة;الغوطة الشرقية;الغوطة الغربية|Ghouta|Region of Syria
LOC|الزبداني|Zabadani|Town in Syria
LOC|مضايا|Madaya|Town in Syria
LOC|البوكمال|Abu Kamal|Town in Syria
LOC|بعلبك|Baalbek|City in Lebanon
LOC|زحلة|Zahle|City in Lebanon
LOC|النبطية|Nabatieh|City in Lebanon
LOC|جونية|Jounieh|City in Lebanon
LOC|عكار|Akkar|Governorate of Lebanon
LOC|عرسال|Arsal|Town in Lebanon
LOC|الضاحية الجنوبية|Southern suburbs of Beirut|District of Beirut
LOC|البقاع|Beqaa|Governorate of Lebanon
LOC|إربد;اربد|Irbid|City in Jordan
LOC|الكرك|Karak|City in Jordan
LOC|المفرق|Mafraq|City in Jordan
LOC|جرش|Jerash|City in Jordan
LOC|مادبا|Madaba|City in Jordan
LOC|الطفيلة|Tafilah|City in Jordan
LOC|عجلون|Ajloun|City in Jordan
LOC|دير البلح|Deir al-Balah|City in Gaza
LOC|بيت حانون|Beit Hanoun|Town in Gaza
LOC|جباليا|Jabalia|Town in Gaza
LOC|الشجاعية|Shujaiya|District of Gaza
LOC|النصيرات|Nuseirat|Town in Gaza
LOC|بيت لاهيا|Beit Lahia|Town in Gaza
LOC|صنعاء|Sanaa|Capital of Yemen
LOC|عدن|Aden|City in Yemen
LOC|حضرموت|Hadramaut|Governorate of Yemen
LOC|المكلا|Mukalla|City in Yemen
LOC|سيئون|Seiyun|City in Yemen
LOC|مأرب|Marib|Governorate of Yemen
LOC|لحج|Lahij|Governorate of Yemen
LOC|أبين|Abyan|Governorate of Yemen
LOC|شبوة|Shabwah|Governorate of Yemen
LOC|صعدة|Saada|Governorate of Yemen
LOC|ذمار|Dhamar|Governorate of Yemen
LOC|الضالع|Dhale|Governorate of Yemen
LOC|المحويت|Mahwit|Governorate of Yemen
LOC|سقطرى|Socotra|Island of Yemen
LOC|باب المندب|Bab el-Mandeb|Strait
LOC|زنجبار|Zinjibar|City in Yemen
LOC|المخا|Mocha|Town in Yemen
LOC|ميدي|Midi|Town in Yemen
LOC|القليوبية|Qalyubia|Governorate of Egypt
LOC|الدقهلية|Dakahlia|Governorate of Egypt
LOC|المنوفية|Monufia|Governorate of Egypt
LOC|كفر الشيخ|Kafr el-Sheikh|Governorate of Egypt
LOC|دمياط|Damietta|Governorate of Egypt
LOC|الإسماعيلية;الاسماعيلية|Ismailia|Governorate of Egypt
LOC|الفيوم|Faiyum|Governorate of Egypt
LOC|بني سويف|Beni Suef|Governorate of Egypt
LOC|المنيا|Minya|Governorate of Egypt
LOC|أسيوط|Asyut|Governorate of Egypt
LOC|سوهاج|Sohag|Governorate of Egypt
LOC|قنا|Qena|Governorate of Egypt
LOC|الوادي الجديد|New Valley|Governorate of Egypt
LOC|مرسى مطروح;مطروح|Marsa Matruh|Governorate of Egypt
LOC|شمال سيناء|North Sinai|Governorate of Egypt
LOC|جنوب سيناء|South Sinai|Governorate of Egypt
LOC|العريش|Arish|City in Egypt
LOC|الغردقة|Hurghada|City in Egypt
LOC|الزقازيق|Zagazig|City in Egypt
LOC|المحلة الكبرى|El Mahalla El Kubra|City in Egypt
LOC|حلوان|Helwan|City in Egypt
LOC|درنة|Derna|City in Libya
LOC|طبرق|Tobruk|City in Libya
LOC|أجدابيا|Ajdabiya|City in Libya
LOC|غريان|Gharyan|City in Libya
LOC|رأس لانوف;راس لانوف|Ras Lanuf|Town in Libya
LOC|البريقة|Brega|Town in Libya
LOC|الجفرة|Jufra|District of Libya
LOC|أم درمان|Omdurman|City in Sudan
LOC|دارفور|Darfur|Region of Sudan
LOC|كردفان|Kordofan|Region of Sudan
LOC|بورتسودان;بور سودان|Port Sudan|City in Sudan
LOC|الفاشر|El Fasher|City in Sudan
LOC|نيالا|Nyala|City in Sudan
LOC|صفاقس|Sfax|City in Tunisia
LOC|سوسة|Sousse|City in Tunisia
LOC|القيروان|Kairouan|City in Tunisia
LOC|بنزرت|Bizerte|City in Tunisia
LOC|قابس|Gabes|City in Tunisia
LOC|قسنطينة|Constantine|City in Algeria
LOC|عنابة|Annaba|City in Algeria
LOC|تلمسان|Tlemcen|City in Algeria
LOC|مكناس|Meknes|City in Morocco
LOC|أغادير|Agadir|City in Morocco
LOC|أصفهان|Isfahan|City in Iran
LOC|شيراز|Shiraz|City in Iran
LOC|تبريز|Tabriz|City in Iran
LOC|الأحواز;الأهواز|Ahvaz|City in Iran
LOC|أنقرة|Ankara|Capital of Turkey
LOC|إزمير|Izmir|City in Turkey
LOC|غازي عنتاب|Gaziantep|City in Turkey
LOC|ديار بكر|Diyarbakir|City in Turkey
`;

export const curatedPlacesArabic: CuratedEntry[] = LINES.split('\n')
  .map((line) => line.split('|'))
  .filter((f) => f.length === 4 && f[0] === 'LOC')
  .map(([type, ar, en, what]) => [type as CuratedEntry[0], ar, en, what]);
