import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analysis';

/**
 * Speech or not, for common Arabic constructions (one sentence each, written for this test, not
 * taken from gold articles): a partial quotation is its subject's words after a verb of speaking,
 * accusing, expressing or describing (ما سماه «…»: what someone called it), or a few words into a
 * clause of أن whatever verb governs it (تعتقد، تخشى), unless it is the clause's subject; a
 * quotation after the name of a festival, a film, a paper, a hashtag, a programme or a team is
 * a name, and one after ما يسمى or تعرف بـ a term. A call or a pledge (دعا إلى «…»، تعهد بـ«…») is
 * not listed: the fifteenth round measured that such verbs frame a slogan or a programme as often
 * as someone's words (docs/how-it-works.md, verbs of stance).
 */
const CONSTRUCTIONS: [string, 'speech' | 'other'][] = [
  ['ووصف الوزير سامر عيسى القرار بأنه «خطوة شجاعة».', 'speech'],
  ['واعتبر الحزب الهجوم «عدوانا سافرا على السيادة».', 'speech'],
  ['وحذر التقرير من «كارثة إنسانية وشيكة».', 'speech'],
  ['وأعرب الوزير عن «قلقه العميق» إزاء التطورات.', 'speech'],
  ['وأكد الوزير أن بلاده «لن تقف مكتوفة الأيدي».', 'speech'],
  ['وقال الوزير إن ما حدث «مؤسف للغاية».', 'speech'],
  ['واتهم الوزير المعارضة بما سماه «التحريض المتواصل».', 'speech'],
  ['ووصفت المعارضة الانتخابات بأنها «مسرحية».', 'speech'],
  ['وشدد على ضرورة «الإسراع في تنفيذ المشاريع المتعثرة».', 'speech'],
  ['ورأى الخبير أن الأسعار «ستواصل الارتفاع خلال العام المقبل».', 'speech'],
  ['وتعتقد الحكومة أن الاتفاق «ممكن».', 'speech'],
  ['وتخشى الأسر أن المدارس «غير مستعدة».', 'speech'],
  ['ويبدو أن «الربيع العربي» انتهى.', 'other'],
  ['«الوضع مستقر»، قال المتحدث باسم الوزارة.', 'speech'],
  ['وختم حديثه بالقول: «نحن متفائلون».', 'speech'],
  ['وشارك في مهرجان «صيف دبي» عدد من الفنانين.', 'other'],
  ['وعرض فيلم «الرسالة» في حفل الافتتاح.', 'other'],
  ['ونشرت صحيفة «الرياض» التقرير كاملا.', 'other'],
  ['وانتشر وسم «أنقذوا حلب» على تويتر.', 'other'],
  ['وغير ما يسمى «الربيع العربي» المنطقة.', 'other'],
  ['وتعرف هذه الظاهرة بـ«التنمر الإلكتروني».', 'other'],
  ['وأطلقت الوزارة برنامج «نطاقات» لتوطين الوظائف.', 'other'],
  ['وفاز فريق «الهلال» بالمباراة.', 'other'],
  ['وتبث قناة «العربية» البرنامج مساء كل خميس.', 'other'],
  ['وصدر كتاب «تاريخ نجد» عن دار النشر.', 'other'],
  ['ونظمت جمعية «إنسان» حملة للتبرع.', 'other'],
  ['وانطلقت عملية «عاصفة الحزم» في مارس.', 'other'],
];

describe('Arabic quotation constructions: speech or a name or term', () => {
  for (const [sentence, kind] of CONSTRUCTIONS) {
    it(`${kind} ← ${sentence}`, () => {
      const analysis = analyzeArticle(`عنوان الخبر\n\nوقال سامر الخطيب إن الجلسة انتهت.\n\n${sentence}`, {});
      const quote = analysis.quotes.filter((q) => q.start > 40).pop();
      assert.ok(quote, 'a quotation is found');
      assert.equal(quote.kind, kind);
    });
  }
});
