/**
 * Synthetic articles for the benchmark, built from short original sentences so any
 * size can be made. Deterministic: the same size gives the same text.
 */
const ARABIC_SENTENCES = [
  'وقال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة لتوسيع التعاون مع الصين في مجال الطاقة.',
  'وأضاف وزير الخارجية أن المحادثات تناولت الوضع في شبه الجزيرة الكورية.',
  'ونقلت صحيفة "كوميرسانت" عن مصدر في الكرملين قوله: "الاتفاق سيوقع قبل نهاية العام".',
  'وأعلنت وزارة الخارجية الأميركية أنها تتابع التطورات في بيونغ يانغ عن كثب.',
  'ويرى محللون أن لروسيا مصلحة في تنويع شركائها التجاريين في آسيا.',
];
const ENGLISH_SENTENCES = [
  'The Bank of England kept interest rates on hold on Thursday, Governor Andrew Bailey said.',
  '"We are not there yet," Ms Clara Hughes told reporters in London.',
  'Analysts at a Frankfurt bank said markets expected two cuts next year.',
];

export function syntheticArticle(bytesWanted: number, language: 'ar' | 'en' = 'ar'): string {
  const sentences = language === 'ar' ? ARABIC_SENTENCES : ENGLISH_SENTENCES;
  const parts: string[] = [language === 'ar' ? 'قمة في قازان&' : 'Rates on hold', ''];
  let size = 0;
  let n = 0;
  while (size < bytesWanted) {
    if (n % 12 === 11) parts.push(language === 'ar' ? `قسم رقم ${n}` : `Section ${n}`);
    const paragraph = [0, 1, 2].map((k) => sentences[(n + k) % sentences.length]).join(' ');
    parts.push(paragraph, '');
    size += Buffer.byteLength(paragraph) + 2;
    n++;
  }
  return parts.join('\n');
}

/** Sentences that each hold one speech quotation with a named speaker. */
const ARABIC_SPEECH_SENTENCES = [
  'وقال الرئيس الروسي فلاديمير بوتين: "نحن مستعدون لتوسيع التعاون في مجال الطاقة".',
  'وقال وزير الخارجية سيرغي لافروف للصحفيين: «المحادثات كانت بناءة ومفيدة».',
  'وأضاف المتحدث باسم الكرملين دميتري بيسكوف: "الاتفاق سيوقع قبل نهاية العام".',
  'وقالت وزيرة الاقتصاد إلفيرا نابيولينا: «الأسواق تنتظر قرارات واضحة».',
];

/**
 * An Arabic article pasted as one line (no line breaks at all), as text copied from
 * some web pages arrives: the worst case for anything that works per line.
 */
export function oneLineArabicArticle(bytesWanted: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytesWanted; n++) {
    const sentence = n % 2 === 0 ? ARABIC_SPEECH_SENTENCES[(n >> 1) % ARABIC_SPEECH_SENTENCES.length] : ARABIC_SENTENCES[(n >> 1) % ARABIC_SENTENCES.length];
    parts.push(sentence);
    size += Buffer.byteLength(sentence) + 1;
  }
  return parts.join(' ');
}
