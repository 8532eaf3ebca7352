/** A word list written naturally (space-separated, lower case). */
export function englishWordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}
