/** English words that tell news from other prose (lower case). */

/** Words of reporting: who said what, officials, time. At least some appear in any news story. */
export const EN_NEWS_WORDS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'according', 'announced', 'reported', 'minister', 'president', 'government', 'officials',
  'official', 'spokesman', 'spokeswoman', 'police', 'percent', 'mr', 'ms', 'mrs', 'yesterday', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'year', 'last', 'week', 'million', 'billion', 'country', 'party', 'company',
  'chief', 'statement', 'news', 'agency', 'reuters', 'bbc', 'team', 'match', 'club', 'coach', 'season', 'market', 'shares',
  'firm', 'market', 'election', 'council', 'court', 'police', 'war', 'people',
]);

/** The vocabulary of licences and legal notices, which are prose but not news. */
export const EN_LEGAL_WORDS: ReadonlySet<string> = new Set([
  'license', 'licence', 'licensed', 'licensee', 'licensor', 'warranty', 'warranties', 'copyright', 'liability', 'liable',
  'merchantability', 'redistribution', 'redistribute', 'software', 'permission', 'provided', 'shall', 'herein', 'thereof',
  'notwithstanding', 'pursuant', 'covered', 'modify', 'derivative', 'conditions', 'terms', 'program', 'library', 'source',
]);
