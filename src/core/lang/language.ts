import type { Language, Structure } from '../types';
import { isArabicLetter, isLatinLetter } from '../text/normalize';

/** Enough text to tell the language; the rest of a huge file adds nothing. */
const SAMPLE = 20_000;
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'on', 'was', 'with', 'he', 'as', 'by', 'at', 'be', 'this', 'have', 'from', 'are', 'has', 'said', 'will', 'not', 'but', 'his', 'they', 'we']);

export interface ScriptCounts {
  arabic: number;
  latin: number;
  words: number;
  englishFunctionWords: number;
}

export function countScripts(text: string): ScriptCounts {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (isArabicLetter(c)) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  const words = sample.toLowerCase().split(/[^a-z\u0600-\u06ff']+/).filter(Boolean);
  const englishFunctionWords = words.reduce((n, w) => n + (ENGLISH_FUNCTION_WORDS.has(w) ? 1 : 0), 0);
  return { arabic, latin, words: words.length, englishFunctionWords };
}

/** Arabic when Arabic letters dominate; English when Latin letters do and English function words are common. */
export function detectLanguage(counts: ScriptCounts): Language {
  const letters = counts.arabic + counts.latin;
  if (letters < 3) return 'other';
  if (counts.arabic >= counts.latin) return 'ar';
  return counts.words > 0 && counts.englishFunctionWords / counts.words >= 0.08 ? 'en' : 'other';
}

/**
 * The language a text is read with (the Arabic or the English lists, rules and models): the
 * structure's when it found one, else the script most of the text's letters are in, Arabic on a
 * tie (News Lens is Arabic first). Only texts the structure calls `other` get here: fewer than
 * three letters, or Latin text without English function words.
 */
export function readingLanguage(text: string, structure: Structure): 'ar' | 'en' {
  if (structure.language === 'ar' || structure.language === 'en') return structure.language;
  let arabic = 0;
  let latin = 0;
  const limit = Math.min(text.length, SAMPLE);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c)) arabic++;
    else if (isLatinLetter(c)) latin++;
  }
  return arabic >= latin ? 'ar' : 'en';
}
