/** English words that tell news from other prose (lower case). */

/** Words of reporting: officials, institutions, time, money, sport. At least some appear in any news story (article detection). */
export const EN_NEWS_WORDS: ReadonlySet<string> = new Set(['minister', 'president', 'government', 'officials', 'official', 'spokesman', 'spokeswoman', 'police', 'percent', 'mr', 'ms', 'mrs',
    'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'million', 'billion', 'country',
    'party', 'company', 'chief', 'statement', 'agency', 'team', 'match', 'club', 'coach', 'season', 'market', 'shares', 'firm',
    'election', 'council', 'court', 'war', 'people', 'film', 'award', 'players', 'game', 'league', 'sales', 'profits', 'labour', 'tory']);

/** The vocabulary of licences, legal notices and software documentation, which are prose but not news (article detection). */
export const EN_LEGAL_WORDS: ReadonlySet<string> = new Set(['license', 'licence', 'licensed', 'licensee', 'licensor', 'warranty', 'warranties', 'copyright', 'liability', 'liable',
    'merchantability', 'redistribution', 'redistribute', 'software', 'permission', 'provided', 'shall', 'herein', 'thereof',
    'notwithstanding', 'pursuant', 'covered', 'modify', 'derivative', 'conditions', 'terms', 'program', 'library', 'source',
    'install', 'version', 'file', 'files', 'option', 'options', 'default', 'usage', 'command', 'run', 'see', 'bug', 'fixed', 'released']);
