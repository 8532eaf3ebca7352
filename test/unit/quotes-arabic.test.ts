import { createDoc } from '../../src/core/doc';
import { strict as assert } from 'node:assert';
import { findQuotes } from '../../src/core/quotes';
import { attributeArabic } from '../../src/core/quotes/attribution-ar';
import { quoteTokens } from '../../src/core/quotes/tokens';
import type { Entity, Quote } from '../../src/core/types';

// Arabic speaker attribution, one original sentence (or two) per rule.

/** A PER entity for every listed name, mentioned wherever it is written. */
/** Persons, or organisations written `ORG:name`. */
function people(text: string, names: string[]): Entity[] {
  return names.map((written, k) => {
    const type = written.startsWith('ORG:') ? 'ORG' as const : 'PER' as const;
    const name = written.replace(/^ORG:/, '');
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name });
    return { id: `${type}-${k + 1}`, type, name, mentions };
  });
}

interface Case {
  name: string;
  text: string;
  /** Names the recogniser is assumed to have found: persons, or organisations as `ORG:name`. */
  names?: string[];
  /** Speaker of each speech quotation, in order. */
  speakers: (string | null)[];
}

const cases: Case[] = [
  {
    name: 'a known place right before the name belongs to the role, not to the name',
    text: 'وقال مدير المبيعات في نور الشرق الأوسط سامر حداد: "السوق تنمو كل عام".',
    names: ['سامر حداد'],
    speakers: ['سامر حداد'],
  },
  {
    name: 'قال لي: a preposition with a pronoun after the verb is its object; the subject is elided',
    text: 'وتحدث إلينا المهندس نادر سليم عن عمله. وفي إحدى المرات قال لي: "الصبر أهم أدوات المهنة".',
    names: ['نادر سليم', 'لي'],
    speakers: ['نادر سليم'],
  },
  {
    name: 'a relative clause after a name: the name said it',
    text: 'وغاب المهاجم سامي رياض عن التدريب بحسب ما أكد مدربه البرتغالي كارل فيدمان الذي قال: "لا أعرف متى يعود".',
    names: ['سامي رياض', 'كارل فيدمان'],
    speakers: ['كارل فيدمان'],
  },
  {
    name: 'a role with its charge, then its holder in apposition between commas',
    text: 'وصرحت مديرة البرامج بالمنظمة لشؤون التعليم، سلمى النوري، في لقاء بالصحافيين: "المدارس الجديدة تفتح في الخريف".',
    names: ['سلمى النوري'],
    speakers: ['سلمى النوري'],
  },
  {
    name: 'بقولها after a comma: عن in an earlier phrase does not name the speaker',
    text: 'وعلقت الوزيرة هند سالم لدى الإعلان عن الخطة، بقولها: "نريد نتائج قبل الصيف".',
    names: ['هند سالم'],
    speakers: ['هند سالم'],
  },
  {
    name: 'a participle (قائلًا) after عن + a name: the sentence\'s subject said it, not the one defended',
    text: 'ودافع المدرب كارل فيدمان عن اللاعب سامي رياض قائلا: "كان متعبا بعد السفر".',
    names: ['كارل فيدمان', 'سامي رياض'],
    speakers: ['كارل فيدمان'],
  },
  {
    name: 'role, then its place after في, then the name',
    text: 'وقال مدير عام المياه في حلب سمير الجابر إن "الضخ سيعود إلى الأحياء كلها مساء الغد".',
    speakers: ['سمير الجابر'],
  },
  {
    name: 'the paper spoken to (لـ«…») stands between the verb and its subject',
    text: 'وتحدث اللاعب فهد العمري عن عقده. وقال لـ«الميدان» المتحدث باسم النادي سلطان الدوسري: «المفاوضات انتهت أمس».',
    speakers: ['سلطان الدوسري'],
  },
  {
    name: 'بحسب after the verb names where the words were printed, not who said them',
    text: 'وقال نبيل الحكيم إن «الميناء سيفتح قريبًا». وقال بحسب صحيفة الأفق: «لن نغلق أي رصيف».',
    speakers: ['نبيل الحكيم', 'نبيل الحكيم'],
  },
  {
    name: "a role's club and its holder in the clause before an elided وقال: the holder speaks",
    text: 'تحدث لاعب النصر سامي الخطيب عن المعسكر، وقال: «الأجواء رائعة والفريق جاهز للموسم».',
    names: ['ORG:النصر', 'سامي الخطيب'],
    speakers: ['سامي الخطيب'],
  },
  {
    name: "a role's club and its holder after the verb: the holder speaks",
    text: 'وقال مدرب النصر سامي الخطيب: «الأجواء رائعة والفريق جاهز للموسم».',
    names: ['ORG:النصر', 'سامي الخطيب'],
    speakers: ['سامي الخطيب'],
  },
  {
    name: "a role's place after a place noun, with its nisba, comes before the name",
    text: 'وأكد القنصل الأردني في مدينة بورصة التركية سامر الخطيب أن «الرحلات ستستأنف الأسبوع المقبل».',
    speakers: ['سامر الخطيب'],
  },
  {
    name: 'a rank after a role and its body restarts the name (زعيم الجبهة الملا …)',
    text: 'وقال زعيم جبهة الوادي الملا كريم نوري: «المفاوضات لن تتوقف».',
    speakers: ['كريم نوري'],
  },
  {
    name: 'the holder in apposition after a role and its institution',
    text: 'وقال مدير شرطة المرفأ، كمال ياسين: «الطريق سيبقى مغلقًا حتى الصباح».',
    speakers: ['كمال ياسين'],
  },
  {
    name: 'a family name with the article right after the place',
    text: 'وقال رئيس البلدية في حمص الهادي زيدان: "أعمال الصيانة تنتهي خلال أسبوعين".',
    speakers: ['الهادي زيدان'],
  },
  {
    name: 'an organisation as the place (head and genitive), then the name',
    text: 'وقال نائب رئيس اللجنة في حزب العمال رامي عودة: "لن نشارك في الحكومة المقبلة بأي شكل".',
    speakers: ['رامي عودة'],
  },
  {
    name: 'a rank after the place restarts the name',
    text: '"سنعيد بناء الجسر قبل حلول الشتاء القادم"، بهذه الكلمات أوجز القائد الميداني في ريف إدلب العقيد وائل حمدان، قبل أن يغادر.',
    speakers: ['وائل حمدان'],
  },
  {
    name: 'في opening a circumstance is not a place: the role stays anaphoric',
    text: 'قال سمير الجابر: "نعمل ليلًا ونهارًا لإصلاح الأعطال".\n\nوقال وزير الطاقة في بيان: "الخطة الجديدة ستخفف الانقطاعات في الصيف".',
    speakers: ['سمير الجابر', 'سمير الجابر'],
  },
  {
    name: 'an organisation with no person named speaks itself',
    text: 'وقالت وزارة الصحة الأردنية: "الوضع الوبائي مستقر ولا داعي للقلق في الوقت الحالي".',
    speakers: ['وزارة الصحة الأردنية'],
  },
  {
    name: 'a source inside an organisation before its verb; a later elided أضاف',
    text: 'وكان مصدر في وزارة المالية أعلن أن الرواتب ستصرف يوم الأحد.\n\nوأضاف: "لن يكون هناك أي تأخير هذه المرة".',
    speakers: ['وزارة المالية'],
  },
  {
    name: 'a dash between the verb and its subject',
    text: 'وقال - سليم - أحد التجار في السوق القديم إن الأسعار ارتفعت. واضاف: "الطلب يزداد قبل العيد في كل سنة".',
    speakers: ['سليم'],
  },
  {
    name: 'a participle with no speech verb takes the name in its clause',
    text: 'قالت سعاد: "التجربة كانت صعبة علينا جميعًا".\n\nلم يتوقف ماهر عن البحث، إذ زار عشرة أطباء، مشيرا إلى أن "الصبر كان مفتاح الشفاء في النهاية".',
    names: ['سعاد', 'ماهر'],
    speakers: ['سعاد', 'ماهر'],
  },
  {
    name: 'an elided وأضاف keeps the previous speaker, not a name in its sentence',
    text: 'قال هشام: "المعرض سيفتح أبوابه يوم الخميس المقبل".\n\nوأضاف بعد لقائه سعاد أن "الدعوات أرسلت إلى كل المدارس في المدينة".',
    names: ['هشام', 'سعاد'],
    speakers: ['هشام', 'هشام'],
  },
  {
    name: 'نقل … عن X أن: the relayed source speaks',
    text: 'ونقلت الجمعية عن سلمى النجار، والدة الطالب، أن "الإدارة لم تبلغها بأي شيء قبل الحادثة".',
    speakers: ['سلمى النجار'],
  },
  {
    name: 'علمت «…» من مصدر أن: the outlet is a name, the source speaks',
    text: 'علمت «الصباح» من مصدر حكومي مطلع أن «الموازنة الجديدة ستقر قبل نهاية الشهر الحالي».',
    speakers: ['مصدر حكومي مطلع'],
  },
  {
    name: 'a quotation between a speech verb and بأن is its subject, not speech',
    text: 'وأفاد «مرصد الطقس الوطني» بأن العاصفة ستصل مساء الجمعة.',
    speakers: [],
  },
  {
    name: 'التقرير stands for the last organisation named, not the last person',
    text: 'واتهمت منظمة "أصدقاء البيئة" الشركة بتلويث النهر.\n\nوقال الوزير خالد يوسف: "سنحقق في الأمر بجدية تامة".\n\nوبحسب التقرير، فإن "المياه تحتوي على مواد سامة بنسب عالية جدا".',
    speakers: ['خالد يوسف', 'أصدقاء البيئة'],
  },
  {
    name: 'لكنه أشار: the pronoun is the current speaker',
    text: 'وقال الوزير خالد يوسف إن الجولة الأولى كانت شاقة، مضيفا أن الوفد سيواصل العمل، لكنه أشار إلى أن الملف "معقد للغاية" بالنسبة لحكومته.',
    speakers: ['خالد يوسف'],
  },
  {
    name: 'a verb after a relative pronoun: a description, nobody nameable',
    text: 'قالت سعاد: "التجربة كانت صعبة علينا جميعًا".\n\nولأنهن نجحن، تراجعت الأصوات التي تقول لهن "لن تستطعن فعل ذلك أبدا في حياتكن".',
    speakers: ['سعاد', null],
  },
  {
    name: 'a noun written with ة is no verb (إضافة is not أضاف)',
    text: 'قال سمير: "نريد مدارس أكثر في الريف".\n\nوشملت الخطة إضافة ثلاثة مراكز صحية يديرها طارق.\n\nوتابع: "سنبدأ التنفيذ في الخريف المقبل".',
    speakers: ['سمير', 'سمير'],
  },
  {
    name: 'a tweet\'s author after its لـ, with جاء فيها',
    text: 'وأعاد الوزير نشر تغريدة أخرى للناشطة هدى سالم، جاء فيها "المدينة تستحق إدارة أفضل من هذه بكثير".',
    speakers: ['هدى سالم'],
  },
  {
    name: 'ذكر after عدم is a verbal noun; the subject before إذ قال speaks',
    text: 'الصحفي نزار حداد لم يسكت على التقرير طويلا إذ قال في منشور على صفحته مع عدم ذكر كاتبه "هذه أخطاء لا تغتفر في عمل الصحافة".',
    speakers: ['نزار حداد'],
  },
  {
    name: 'a resumptive فيه between the verb and its subject',
    text: 'في وقت أعلنت فيه الحكومة الجزائرية عن تكريمه في حفل رسمي، تقديرًا لـ«جهوده الكبيرة في خدمة الثقافة والفنون طوال عقود».',
    speakers: ['الحكومة الجزائرية'],
  },
  {
    name: 'whom the words were said to (لها، له) stands between the verb and its subject',
    text: 'التقت الصديقتان بعد سنوات، فقالت لها مريم: «لم تتغيري أبدا». وحين ودّعها قال له كارلوس: «سنلتقي في الربيع».',
    speakers: ['مريم', 'كارلوس'],
  },
  {
    name: 'an organisation named in quotation marks after its head speaks',
    text: 'واتهمت جمعية "حماية المستهلك" التجار باستخدام "أساليب احتيالية" في التسعير.',
    speakers: ['حماية المستهلك'],
  },
  {
    name: 'a preposition glued to an article (بالتورط) is no name',
    text: 'قالت سعاد: "التجربة كانت صعبة علينا جميعًا".\n\nحمّل السكان البلدية المسؤولية، واتهموها بالتقصير في معالجة «أزمة النفايات المتراكمة».',
    // The plural verb after the comma shares the clause's subject (السكان), not the object.
    speakers: ['سعاد', 'السكان'],
  },
  {
    name: 'a coordinated verb after a comma takes the name earlier in its sentence',
    text: 'قالت سعاد: "التجربة كانت صعبة علينا جميعًا".\n\nحمّل طارق البلدية المسؤولية، واتهمها بالتقصير في معالجة «أزمة النفايات المتراكمة».',
    names: ['سعاد', 'طارق'],
    speakers: ['سعاد', 'طارق'],
  },
  {
    name: 'a sentence-initial و + indefinite word is the verb, not part of the name',
    text: 'وحثت ليلى منصور الحكومة على إنهاء ما وصفته بـ"الإهمال المزمن".',
    speakers: ['ليلى منصور'],
  },
  {
    name: 'طالب «بـ…» with the subject before the quote: a one-word partial quotation',
    text: 'وطالب رئيس الاتحاد كريم نصار، خلال اجتماعه بالأعضاء، "بالشفافية" في توزيع المنح.',
    speakers: ['كريم نصار'],
  },
  {
    name: 'a coordinated وقال takes the subject of the previous speech verb, not a name in earlier clauses',
    text: 'قصفت الطائرات حي الميدان، مخلفة عشرات القتلى، بينما أشار مدير الصحة في حماة رامي الأسعد إلى ارتفاع الأعداد، وقال إن "المستشفيات امتلأت بالجرحى منذ الصباح".',
    names: ['الميدان'],
    speakers: ['رامي الأسعد'],
  },
  {
    name: 'an elided وقال after a sentence whose subject is a named person (no speech verb) is that person',
    text: 'وقال المدير هشام الزين: "الموسم كان جيدا". من جهته تفقد وزير الزراعة كمال السعدي الحقول الشمالية. وقال أمام الصحافيين: "سنصدر الفائض إلى الجيران".',
    names: ['هشام الزين', 'كمال السعدي'],
    speakers: ['هشام الزين', 'كمال السعدي'],
  },
  {
    name: 'a person after a preposition is no sentence subject',
    text: 'وقال المدير هشام الزين: "الموسم كان جيدا". وفي المساء قدم الوفد إلى الوزير كمال السعدي هدية. وأضاف: "نشكر كل المزارعين".',
    names: ['هشام الزين', 'كمال السعدي'],
    speakers: ['هشام الزين', 'هشام الزين'],
  },
  {
    name: 'a quotation opening with أن right after verb + name is that name\'s, whatever the verb',
    text: 'أوضح الحداد أن "المشروع تأخر بسبب الأمطار". وبعد أشهر من الانتظار، قرر سامر "أن التوقف لم يعد ممكنا".',
    names: ['الحداد', 'سامر'],
    speakers: ['الحداد', 'سامر'],
  },
  {
    name: 'with no name before it, a quotation opening with أن keeps the previous speaker',
    text: 'أوضح الحداد أن "المشروع تأخر بسبب الأمطار". وبعد أشهر من الانتظار، تقرر "أن التوقف لم يعد ممكنا".',
    names: ['الحداد'],
    speakers: ['الحداد', 'الحداد'],
  },
  {
    name: 'a clause opening with بين (explained) reports; a role\'s charge after على comes before the name',
    text: 'وقال المدير العام سمير داود: "الموسم بدأ مبكرا". بدوره، بين المشرف على أنشطة السوق القديمة ناصر الحلبي أن المحلات ستعمل ليلا.\n\nوأضاف: "نتوقع زيارات كثيرة".',
    names: ['سمير داود', 'ناصر الحلبي'],
    speakers: ['سمير داود', 'ناصر الحلبي'],
  },
  {
    name: 'بين the preposition inside a clause is no reporting verb',
    text: 'وقال المدير العام سمير داود: "الموسم بدأ مبكرا". وتربط الطريق بين المدينة ناصر الحلبي أن تكون سريعة.\n\nوأضاف: "نتوقع زيارات كثيرة".',
    names: ['سمير داود', 'ناصر الحلبي'],
    speakers: ['سمير داود', 'سمير داود'],
  },
  {
    name: 'a role and name open the sentence, an adverbial interjects, then the verb (SVO)',
    text: 'وقالت الوزيرة: "نتابع الوضع". وزير الزراعة خالد منصور وفي أثناء الجولة نقل رغبة المزارعين "تأجيل سداد القروض حتى نهاية الموسم المقبل".',
    names: ['خالد منصور'],
    speakers: [null, 'خالد منصور'],
  },
  {
    name: 'SVO without an interjection: the opening name, not the object after the verb',
    text: 'رئيس البلدية سامر عيسى نقل شكوى السكان "الطريق مغلقة منذ ثلاثة أسابيع ولا أحد يجيب".',
    names: ['سامر عيسى'],
    speakers: ['سامر عيسى'],
  },
  {
    name: 'a dual verb coordinated after a comma: the subject of the earlier dual verb',
    text: 'وأوضح التقرير أن وزارة الصحة والهلال الأحمر استجابتا للنداء، وأكدتا أن "الفرق الطبية وصلت إلى القرى المتضررة كلها".',
    speakers: ['وزارة الصحة والهلال الأحمر'],
  },
  {
    name: 'a plural verb after a clause opening with a verb: its subject, not its object',
    text: 'وقالت سلمى: "لا تعليق". حمّل المزارعون البلدية مسؤولية الأضرار، واتهموها «بالإهمال المتعمد» منذ سنوات.',
    speakers: ['سلمى', 'المزارعون'],
  },
  {
    name: 'a singular verb after a comma, of the gender of the verb opening the sentence: that verb\'s subject, not the previous speaker',
    text: 'وقال سامر عيسى: "لا تعليق". وانتقدت نقابة المعلمين القرار بشدة، وطالبت بمراجعته، وقالت: "المدارس غير جاهزة".',
    names: ['سامر عيسى', 'ORG:نقابة المعلمين'],
    speakers: ['سامر عيسى', 'نقابة المعلمين'],
  },
  {
    name: 'a quotation opening with a present-tense verb after أن + an organisation: the organisation',
    text: 'وقالت ليلى: "القرار متوقع". وينص البيان على أن مجلس الجامعة "يرحب" بالاتفاق و"يدعو الأطراف كلها إلى احترام بنوده".',
    speakers: ['ليلى', 'مجلس الجامعة', 'مجلس الجامعة'],
  },
  {
    name: 'a sentence opening with a present-tense verb and an organisation subject: the organisation',
    text: 'وقالت ليلى: "القرار متوقع". ويطلب مجلس الجامعة اللجنة الفنية "إعداد تقرير شهري عن سير التنفيذ في كل الدول الأعضاء".',
    speakers: ['ليلى', 'مجلس الجامعة'],
  },
  {
    name: 'a weekday or month after the subject dates the verb and is no part of the speaker',
    text: 'وقال نادر سليم الأربعاء خلال لقائه بالمزارعين إن "الموسم سيكون أفضل من العام الماضي". وقالت وزارة الزراعة السبت إن "الدعم سيصل في الموعد".',
    names: ['نادر سليم', 'ORG:وزارة الزراعة'],
    speakers: ['نادر سليم', 'وزارة الزراعة'],
  },
  {
    name: 'an agency after its verb speaks: the و of وكالة is no conjunction, and كالة no preposition glued to an article',
    text: 'وقالت وكالة الأنباء المحلية إن "الطريق أعيد فتحه صباحا". وذكرت وكالة سانا أن "حركة السير عادت".',
    speakers: ['وكالة الأنباء المحلية', 'وكالة سانا'],
  },
  {
    name: 'a speech verb with a pronoun on a noun of statements is a relative clause: whoever carried the words did not say them',
    text: 'وقال المحافظ نادر سليم في حديث نقلته صحيفة «المساء» إن "الطريق سيفتح غدا".',
    names: ['نادر سليم'],
    speakers: ['نادر سليم'],
  },
  {
    name: 'after a kunya or بن a verb\'s shape is part of the name (أبو طالب، بن سعيد), not the quotation\'s verb',
    text: 'وقال أبو طالب: "الموسم طويل". وأكد خالد بن طالب أن "الفريق جاهز".',
    speakers: ['أبو طالب', 'خالد بن طالب'],
  },
  {
    name: 'المصادر after a described source is that source again, as المصدر is',
    text: 'وقالت مصادر مطلعة إن "الاتفاق قريب". وقالت المصادر: "بقيت نقاط قليلة".',
    speakers: ['مصادر مطلعة', 'مصادر مطلعة'],
  },
  {
    name: 'والي (governor) is a role, not و + إلى; وعلي with ي is and Ali',
    text: 'وقال والي الولاية أحمد عثمان إن "الطرق سالكة". وقال سامر الحداد وعلي السالم إن "الموسم ناجح".',
    names: ['أحمد عثمان'],
    speakers: ['أحمد عثمان', 'سامر الحداد وعلي السالم'],
  },
  {
    name: 'an envoy placed with لدى, a rank with its own words (الفريق أول ركن), a paper named in quotation marks after its head',
    text: 'وقال السفير الأردني لدى القاهرة سامر عيسى إن "المعبر سيفتح". وقال قائد القوات الفريق أول ركن نادر سليم إن "الجاهزية عالية". وذكرت صحيفة «الأنباء» أن "الاتفاق وقع".',
    names: ['سامر عيسى', 'نادر سليم'],
    speakers: ['سامر عيسى', 'نادر سليم', 'الأنباء'],
  },
  {
    name: 'an organisation anaphor with no organisation named before it is nobody, not the person who spoke last',
    text: 'وقال سامر عيسى إن "الجلسة انتهت". وبحسب بيان صادر عن الجيش، فإن "العملية انتهت بنجاح".',
    names: ['سامر عيسى'],
    speakers: ['سامر عيسى', null],
  },
  {
    name: 'no organisation subject: the quotation stays with the previous speaker',
    text: 'وقالت ليلى: "القرار متوقع". ويطلب المزارعون من الحكومة "إعداد خطة دعم عاجلة قبل بداية موسم الحصاد المقبل".',
    speakers: ['ليلى', 'ليلى'],
  },
];

function speechOf(text: string, names: string[] = []): Quote[] {
  return findQuotes(createDoc(text), people(text, names)).filter((q) => q.kind === 'speech');
}

describe('attributeArabic: the subject of a sentence with no finite speech verb', () => {
  it('بقوله after عن + a topic: the subject of the verb opening the sentence, not the previous speaker', () => {
    const sentence = 'ولم يجد وزير المالية أي حرج في الرد عن هذا السؤال بقوله:';
    const attribution = attributeArabic(quoteTokens(sentence, 0, sentence.length), [], false);
    assert.equal(attribution.usePrevious, false);
    assert.equal(attribution.speaker && sentence.slice(attribution.speaker.start, attribution.speaker.end), 'وزير المالية');
  });
  it('عن + a name before قوله still names the speaker', () => {
    const sentence = 'ونقلت الوكالة عن سامي فرح قوله:';
    const attribution = attributeArabic(quoteTokens(sentence, 0, sentence.length), [], false);
    assert.equal(attribution.speaker && sentence.slice(attribution.speaker.start, attribution.speaker.end), 'سامي فرح');
  });
});

describe('findQuotes: Arabic speakers', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = speechOf(c.text, c.names);
      assert.deepEqual(got.map((q) => q.speaker?.text ?? null), c.speakers);
      for (const q of got) if (q.speaker) assert.equal(c.text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
    });
  }
});

describe('findQuotes: Arabic speech or not', () => {
  it('reads a quotation whose closing mark is in the next paragraph as one', () => {
    const text = 'وقال المدير سامي رزق لـ«الأخبار»: «بدأنا العمل قبل الفجر في كل المواقع.\n\nوحتى الآن لم نسجل أي إصابات بين العمال». وأضاف: «الخطة مستمرة حتى نهاية الأسبوع».';
    const speech = speechOf(text);
    assert.deepEqual(speech.map((q) => q.text), ['بدأنا العمل قبل الفجر في كل المواقع.\n\nوحتى الآن لم نسجل أي إصابات بين العمال', 'الخطة مستمرة حتى نهاية الأسبوع']);
    assert.deepEqual(speech.map((q) => q.speaker?.text), ['سامي رزق', 'سامي رزق']);
  });

  it('keeps a reversed opening mark in the next paragraph apart', () => {
    const text = 'وأضاف:» نبيع العطور طوال السنة لكن العيد موسمنا الأكبر .\n\nوقال شاكر:» أشتري العطر مرة كل شهر تقريبا .';
    assert.equal(speechOf(text).length, 2);
  });

  it('a missing opening mark after a colon: earlier pairs of the sentence nest inside', () => {
    const text = 'قال سمير: "الميزانية جاهزة".\n\nوأضاف: أنه تم افتتاح حدائق جديدة مثل «حديقة النخيل والياسمين» إلى جانب تحسين الطرق والإنارة».';
    const quotes = findQuotes(createDoc(text), []).filter((q) => q.kind !== 'reported');
    assert.deepEqual(quotes.map((q) => [q.kind, q.text]), [
      ['speech', 'الميزانية جاهزة'],
      ['speech', 'أنه تم افتتاح حدائق جديدة مثل «حديقة النخيل والياسمين» إلى جانب تحسين الطرق والإنارة'],
      ['other', 'حديقة النخيل والياسمين'],
    ]);
    assert.equal(quotes[1].speaker?.text, 'سمير');
  });

  it('a short quotation followed by على حد تعبيره is the subject\'s own word', () => {
    const text = 'وأكدت الهيئة أن تحسين الخدمات في القرى البعيدة أمر «ممكن»، على حد تعبيرها، إذا توفر التمويل.';
    const quotes = findQuotes(createDoc(text), []).filter((q) => q.kind !== 'reported');
    assert.deepEqual(quotes.map((q) => q.kind), ['speech']);
  });

  it("an event's or a course's title is no speech: on the sidelines of, a course in, a talk about", () => {
    for (const text of [
      'وقال الوزير في مؤتمر صحفي على هامش «المنتدى الدولي للطاقة المتجددة في المدن» إن العمل مستمر.',
      'وبدأت الأكاديمية دورة في «فن إدارة المشاريع والإعداد للشهادة المهنية» أمس.',
    ]) {
      assert.deepEqual(findQuotes(createDoc(text), []).filter((q) => q.kind !== 'reported').map((q) => q.kind), ['other'], text);
    }
  });

  it('a quoted word after a demonstrative or a quantifier is a term, not speech', () => {
    for (const text of ['وقال الخبير إن التنظيم لا يقبل أي «خلافة» أخرى.', 'وأكد المتحدث أن هذه «المبادرة» ستنجح.']) {
      assert.deepEqual(findQuotes(createDoc(text), []).filter((q) => q.kind !== 'reported').map((q) => q.kind), ['other'], text);
    }
  });

  it('a short quotation between a speech verb and its complement is its subject, an adverb between or not', () => {
    const text = 'وتشير «الوثيقة» أيضا إلى أن المشروع تأخر.';
    assert.deepEqual(findQuotes(createDoc(text), []).filter((q) => q.kind !== 'reported').map((q) => q.kind), ['other']);
  });

  it('a few words quoted again in the article are a term; said once, or longer, they stay speech', () => {
    const cases: Array<{ text: string; kinds: string[] }> = [
      { text: 'وقال المتحدث إن «درع المدينة» بدأت فجرا.\n\nوأكد القائد أن «درع المدينة» حققت أهدافها.', kinds: ['other', 'other'] },
      { text: 'وقال المتحدث إن «درع المدينة» بدأت فجرا.\n\nوأكد القائد أن العملية حققت أهدافها.', kinds: ['speech'] },
      {
        text: 'وقال المدير: «لن نغلق المصنع مهما حدث في الأيام المقبلة».\n\nوكرر أمام العمال: «لن نغلق المصنع مهما حدث في الأيام المقبلة».',
        kinds: ['speech', 'speech'],
      },
    ];
    for (const { text, kinds } of cases) {
      assert.deepEqual(findQuotes(createDoc(text), []).filter((q) => q.kind !== 'reported').map((q) => q.kind), kinds, text);
    }
  });

  it('a quotation listing names only is not speech, however long', () => {
    const text = 'وضمت القائمة التي أعلنها المدرب أمس «سامي فرح وكريم نوري وهاني عودة» إلى جانب لاعبين جدد.';
    const quotes = findQuotes(createDoc(text), people(text, ['سامي فرح', 'كريم نوري', 'هاني عودة'])).filter((q) => q.kind !== 'reported');
    assert.deepEqual(quotes.map((q) => q.kind), ['other']);
  });

  it('a web address or a code of letters and digits is not speech', () => {
    const text = 'وقالت الوزارة إن التسجيل يتم عبر الرابط «http://example.org/register» ثم اختيار «نموذج-4» من القائمة.';
    const quotes = findQuotes(createDoc(text), []).filter((q) => q.kind !== 'reported');
    assert.deepEqual(quotes.map((q) => q.kind), ['other', 'other']);
  });

  it('a quotation the names recogniser found as a name is not speech', () => {
    const text = 'وأشار المتحدث إلى أن المقاتلين هاجموا مواقع «الجبهة الشرقية» قرب النهر.';
    const at = text.indexOf('الجبهة');
    const entities: Entity[] = [{ id: 'ORG-1', type: 'ORG', name: 'الجبهة الشرقية', mentions: [{ start: at, end: at + 14, text: 'الجبهة الشرقية' }] }];
    const quotes = findQuotes(createDoc(text), entities).filter((q) => q.kind !== 'reported');
    assert.deepEqual(quotes.map((q) => q.kind), ['other']);
  });
});

describe('findQuotes: Arabic reported speech', () => {
  it('ends the clause at the full stop, before a scraped `&`', () => {
    const text = 'وأكد الوزيران أن المحادثات كانت مثمرة.&\n\nوقال سمير: "سنلتقي مجددا".';
    const reported = findQuotes(createDoc(text), []).filter((q) => q.kind === 'reported');
    assert.equal(reported[0].text, 'المحادثات كانت مثمرة');
  });

  it('direct speech after a colon with no quotation marks is reported, with its speaker; marked words stay a quotation', () => {
    const text = 'وقال مدير المستشفى سامي فرح: نعمل منذ أشهر على توسعة الأقسام. وأضاف: "الافتتاح في الربيع".';
    const quotes = findQuotes(createDoc(text), people(text, ['سامي فرح']));
    assert.deepEqual(quotes.map((q) => [q.kind, q.text, q.speaker?.text]), [
      ['reported', 'نعمل منذ أشهر على توسعة الأقسام', 'سامي فرح'],
      ['speech', 'الافتتاح في الربيع', 'سامي فرح'],
    ]);
  });
});
