/**
 * Arabic normalisation for matching (never for display): the forms writers use
 * interchangeably are folded to one, and marks that do not change the word are dropped.
 *   أ إ آ ٱ → ا,  ى → ي,  ة → ه,  ؤ → و,  ئ → ي,  tatweel, diacritics and direction marks removed.
 * Offsets are not preserved: use it on tokens or for keys, not on whole documents.
 */
export function normalizeArabic(s: string): string {
  // Most words need no change: return them as they are, building nothing.
  let i = 0;
  while (i < s.length && !needsFolding(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x0622: case 0x0623: case 0x0625: case 0x0671:
        out += '\u0627'; break;
      case 0x0649:
        out += '\u064A'; break;
      case 0x0629:
        out += '\u0647'; break;
      case 0x0624:
        out += '\u0648'; break;
      case 0x0626:
        out += '\u064A'; break;
      default:
        if (isIgnorableMark(c)) break;
        out += s[i];
    }
  }
  return out;
}

/** Is the code unit folded or dropped by normalizeArabic? */
function needsFolding(c: number): boolean {
  if (c < 0x0622) return false;
  return c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671 || c === 0x0649 || c === 0x0629 || c === 0x0624 || c === 0x0626 || isIgnorableMark(c);
}

/** Diacritics (harakat, shadda, sukun, superscript alef), tatweel and direction marks. */
export function isIgnorableMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    c === 0x200e || c === 0x200f || c === 0x061c ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x200c || c === 0x200d
  );
}

export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** A Latin letter, accented ones included (é, ł): the letters of names in English text. */
export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** A matching key for any script: Arabic folded as above, Latin lower-cased. */
export function matchKey(s: string): string {
  return normalizeArabic(s).toLowerCase();
}

/**
 * A looser key for transliterated foreign names, whose long vowels writers spell or drop at will
 * (ترمب/ترامب, بيونغ يانغ/بيونغيانغ): spaces and hyphens go, and ا و ي after the first letter are
 * dropped. Only used for names already judged to be names.
 */
export function skeletonKey(s: string): string {
  const key = matchKey(s);
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const ch = key[i];
    if (ch === ' ' || ch === '-' || ch === '\u200c') continue;
    if (out.length > 0 && (ch === '\u0627' || ch === '\u0648' || ch === '\u064A')) continue;
    out += ch;
  }
  return out;
}
