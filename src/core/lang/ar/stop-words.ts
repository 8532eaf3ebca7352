import { matchKey } from '../../text/normalize';

/** Arabic function words and frequent verbs that never begin or continue a name (match keys). */
export const AR_STOPWORDS: ReadonlySet<string> = new Set(
  `
  في من الى على عن ان او ثم قد لا لم لن ما ماذا هل بل كل بعض هذا هذه ذلك تلك التي الذي الذين هو هي
  هم هما انه انها انهم كان كانت يكون مع بين بعد قبل حتى عند منذ خلال حول ضد امام لدى قال قالت يقول
  اكد اكدت اعلن اعلنت اشار اشارت اضاف اضافت ذكر ذكرت وقال وقالت واكد واضاف يعتبر تعتبر يوم اليوم
  امس عام العام الماضي الحالي ايضا كما وكما لكن لكنه اذا حيث وهو وهي
  `.split(/\s+/).filter(Boolean).map(matchKey),
);
