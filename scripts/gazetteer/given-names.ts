/**
 * Given names, written by the team from general knowledge (never from evaluation text): common
 * Arabic first names and Western/Russian/Asian first names as Arabic news transliterates them,
 * plus English first names. A given name alone is not an entity; it tells the recogniser that
 * the next word is probably a family name (`إليزابيث إيكونومي`, `ستيفن بيغان`). Short names that
 * are also everyday words (لي, هو, آن, انا, جو, مون) and East Asian family names written first
 * (كيم, شي) are left out on purpose.
 */
export const arabicGivenNames = `
  محمد أحمد محمود مصطفى علي حسن حسين عبدالله عبد الله عبدالرحمن عبدالعزيز عبدالكريم عبدالرحيم
  عبدالمجيد عبدالحميد عبدالسلام عبدالقادر عبدالرزاق عبدالفتاح عبدالحكيم عبدالناصر عبدالملك عبداللطيف
  خالد سعد سعيد سعود فهد فيصل سلمان سلطان نايف تركي بندر منصور ماجد مشعل متعب ناصر نواف
  عمر عثمان ابراهيم إبراهيم اسماعيل إسماعيل يوسف يعقوب موسى عيسى يحيى زكريا داود سليمان هارون
  ادريس إدريس ياسر ياسين طارق طلال وليد وائل هشام هاني هيثم حازم حاتم حمدي حمد حمزة حامد
  جمال كمال عادل عاطف عماد عصام عمرو عمار عامر انس أنس اسامة أسامة ايمن أيمن بسام باسم
  بشار بشير جميل جورج جبران جواد رامي رائد رشيد رضا رفيق زياد زيد سامي سامر سمير سليم شادي
  شريف صالح صلاح صابر صبري ضياء طه عاصم عزت عزيز غسان فؤاد فادي فاروق فريد فارس فتحي قاسم
  كريم ماهر مازن مالك مجدي مراد مروان معاذ منير مهدي نبيل نادر نبيه نجيب نزار نصر نعيم نور
  هادي هيثم وسام وجدي وحيد يزيد جعفر حيدر عباس قيس لؤي ليث مصعب مقتدى نوري إياد اياد
  حسام خليل خليفة راشد زايد سيف شخبوط طحنون هزاع منصور مكتوم حمدان ثامر تميم جاسم عبدالرحمن
  فاطمة عائشة خديجة زينب مريم سارة ليلى ليلي هدى هند سعاد سميرة منى نادية نجلاء رانيا رنا
  ريم دينا لمياء أمل امل سلمى سهى سوزان نوال وفاء هيفاء عبلة غادة ياسمين نسرين دعاء إيمان ايمان
  حنان جميلة نبيلة لطيفة شيماء آمنة امنة أسماء اسماء بثينة تغريد حصة نورة موزة لولوة
`;

/** Western, Russian and Asian given names in their usual Arabic news spellings. */
export const foreignGivenNamesArabic = `
  جون جيمس جورج ديفيد دافيد مايكل مايك وليام ويليام روبرت ريتشارد توماس توم تشارلز بيتر بول
  مارك ستيفن ستيف ستيفان كريستوفر كريس دانيال دانييل ماثيو أندرو اندرو جوزيف جوزف باتريك
  براين بريان كيفن إدوارد ادوارد هنري فرانك سكوت جيف جيفري غاري جاري تيم تيموثي نيك نيكولاس
  نيكولا آلان ألان اليكس أليكس ألكسندر الكسندر جاك جاكوب هاري بوب بيل دونالد باراك هيلاري
  مارتن ماركو ماريو لويس فرانسوا فرانسيس جان بيير ميشال ميشيل إيمانويل ايمانويل نيكولا أوليفييه
  كارل هانز هانس أولاف فولفغانغ يوهان أنجيلا انجيلا أورسولا اورسولا ماريا ماري
  إليزابيث اليزابيث كاترين كاثرين سوزان جينيفر جنيفر ليندا باربرا كارين نانسي ليزا سارة لورا
  إيما ايما أوليفيا صوفي صوفيا جوليا جوليان كلير هيلين هيلينا تيريزا كامالا نيكي
  فلاديمير ديمتري دميتري سيرغي سيرجي إيغور ايغور ميخائيل بوريس يوري أليكسي اليكسي أليكسندر
  نيكولاي إيفان ايفان أندريه اندريه فيكتور يفغيني غينادي فاليري فالنتينا ليوبوف أولغا اولغا
  ناتاليا تاتيانا إيلينا ايلينا سفيتلانا يوليا ماريا ماريانا فولوديمير بيترو
  شينزو يوشيهيدي فوميو ناريندرا راهول عمران نواز
  رجب أحمد رضا حسن علي مسعود جواد محمد
`;

/** English given names (lower case when matched). */
export const englishGivenNames = `
  john james george david michael mike william robert richard thomas tom charles peter paul mark
  stephen steven steve christopher chris daniel matthew andrew joseph patrick brian kevin edward
  henry frank scott jeff jeffrey gary tim timothy nick nicholas alan alex alexander jack jacob
  harry bob bill joe donald barack hillary martin mario louis francois jean pierre michel emmanuel
  karl hans helmut angela ursula maria mary anna anne elizabeth catherine katherine susan jennifer
  linda barbara karen nancy lisa sarah laura emma olivia sophie julia claire helen theresa kamala
  vladimir dmitry sergei igor mikhail boris yuri alexei nikolai ivan andrei viktor yevgeny
  tony gordon ken kenneth ian neil simon graham jonathan jon nigel alastair gerry gerhard
  jacques lionel jose juan carlos luis pedro antonio manuel francisco miguel
  mohammed muhammad ahmed ali hassan hussein abdullah omar khalid saad salman faisal yasser
`;
