import { matchKey, normalizeArabic } from '../../text/normalize';

/** Arabic function words and frequent verbs that never begin or continue a name (match keys). */
export const AR_STOPWORDS: ReadonlySet<string> = new Set(
  `
  في من الى على عن ان او ثم قد لا لم لن ما ماذا هل بل كل بعض هذا هذه ذلك تلك التي الذي الذين هو هي
  هم هما انه انها انهم كان كانت يكون مع بين بعد قبل حتى عند منذ خلال حول ضد امام لدى قال قالت يقول
  اكد اكدت اعلن اعلنت اشار اشارت اضاف اضافت ذكر ذكرت وقال وقالت واكد واضاف يعتبر تعتبر يوم اليوم
  امس عام العام الماضي الحالي ايضا كما وكما لكن لكنه اذا حيث وهو وهي
  اي اية غير دون سوى كافة جميع عدة نحو مثل اذ الا عبر وفق ضمن تجاه اثر عقب جراء بسبب بينما
  عليه عليها له لها فيه فيها منه منها عنه عنها لقد وقد كذلك هناك هنا لذلك
  `.split(/\s+/).filter(Boolean).map(matchKey),
);

/** Match keys of function words that are also names: على and the name علي are both علي. */
const ALSO_NAMES: ReadonlySet<string> = new Set(['علي']);

/** A function word that is never a name nor part of one (أية, كذلك), by match key. */
export function isArabicFunctionWord(key: string): boolean {
  return AR_STOPWORDS.has(key) && !ALSO_NAMES.has(key);
}

/** The most frequent words of Arabic prose (normalised): running text is full of them, code and lists are not (article detection). */
export const AR_FUNCTION_WORDS: ReadonlySet<string> = new Set(['في', 'من', 'على', 'إلى', 'الى', 'أن', 'ان', 'التي', 'الذي', 'مع', 'عن', 'هذا', 'هذه', 'كان', 'كانت', 'بعد', 'قبل', 'حيث', 'كما', 'أو', 'لم', 'لا', 'ما', 'وفي', 'ومن', 'إن', 'بين', 'خلال', 'ذلك', 'الذين', 'عند', 'حتى', 'وقد', 'قد', 'وهو', 'وهي', 'منذ', 'إلا', 'أي', 'كل'].map(normalizeArabic));

/** First and second person and chat words: chats, letters and poems speak to or as someone; reports rarely do outside quotes. */
export const AR_PERSONAL_WORDS: ReadonlySet<string> = new Set(['أنا', 'انت', 'أنت', 'أنتم', 'أنتِ', 'نحن', 'لك', 'لكم', 'عندك', 'شكرا', 'حبيبي', 'يا', 'إنني', 'لي', 'قلبي'].map(normalizeArabic));
