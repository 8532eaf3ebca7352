import { withoutProclitics } from '../lang/ar/clitics';
import { isLatinLetter, matchKey, skeletonKey } from '../text/normalize';

/**
 * Keys that make the written forms of one name meet across articles: Arabic alef, ya and ta
 * marbuta forms folded and marks dropped (normalize.ts), Latin lower-cased, spaces collapsed,
 * possessive `'s` and courtesy titles (Mr, Mrs, Ms, Dr; السيد, السيدة) dropped, since an
 * article may write "Mr Starmer" where another writes "Starmer".
 */
export function formKey(form: string): string {
  let key = matchKey(form)
    .replace(/[\u2019']s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (;;) {
    const title = TITLES.find((t) => key.startsWith(`${t} `));
    if (!title) break;
    key = key.slice(title.length + 1);
  }
  return key;
}

/** Courtesy titles, already in formKey's folded spelling (ة → ه). */
const TITLES = ['mr', 'mrs', 'ms', 'miss', 'dr', 'السيد', 'السيده'];

/**
 * The keys a typed query is looked up under: its form key, and for an Arabic word the same
 * without a leading conjunction or preposition (وبوتين, لبوتين → بوتين). The index's keys come
 * from mentions, which the recogniser already cut off their clitics, so only queries need this.
 */
export function queryKeys(query: string): string[] {
  const key = formKey(query);
  if (!key) return [];
  const keys = [key];
  const first = key.charCodeAt(0);
  if (first >= 0x0600 && first <= 0x06ff) {
    for (const stripped of [withoutProclitics(key, false), withoutProclitics(key, true)]) if (!keys.includes(stripped)) keys.push(stripped);
  }
  return keys;
}

/** A looser key for spelling variants of transliterated names (ترمب/ترامب); see skeletonKey. */
export function looseKey(key: string): string {
  return skeletonKey(key);
}

/**
 * The key that says two articles' entities are the same one: the type, and the name in Latin
 * letters when the article or the gazetteer gives one (so an Arabic article's بوتين and an
 * English article's Putin meet as "Vladimir Putin"), else the article's fullest form.
 */
export function identityKey(type: string, name: string, otherName?: string): string {
  const latin = [name, otherName].find((n): n is string => !!n && startsLatin(n));
  return `${type}:${formKey(latin ?? name)}`;
}

/** Whether the first letter of `text` is a Latin one (the name is written in Latin letters). */
export function startsLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLatinLetter(c)) return true;
    if (c > 0x40) return false;
  }
  return false;
}
