import { matchKey } from '../../text/normalize';

/** English function words and frequent verbs that never begin or continue a name (match keys). */
export const EN_STOPWORDS: ReadonlySet<string> = new Set(
  `
  the a an of in on at to for from by with and or but that this is was were be has have had he she
  it they we said says
  `.split(/\s+/).filter(Boolean).map(matchKey),
);

/** The most frequent words of English prose: running text is full of them, code and lists are not (article detection). */
export const EN_FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'on', 'was', 'with', 'he', 'as', 'by', 'at', 'be', 'this', 'have', 'from', 'are', 'has', 'but', 'his', 'they', 'had', 'were', 'an', 'their', 'been', 'which', 'who', 'after', 'would', 'its', 'she', 'her', 'not', 'will']);

/** First and second person and chat words: chats, letters and poems speak to or as someone; reports rarely do outside quotes. */
export const EN_PERSONAL_WORDS: ReadonlySet<string> = new Set(['i', 'you', 'your', 'me', 'my', "i'm", "you're", 'we', "we're", 'us', 'our', 'lol', 'ok', 'thanks', 'please']);
