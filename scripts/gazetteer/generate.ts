/**
 * Generates src/core/entities/gazetteer/names.json from well-kept packages plus the team's curated
 * lists. Run: node -r ./scripts/ts-register.cjs scripts/gazetteer/generate.ts
 *   - i18n-iso-countries: Arabic and English country names (all aliases), keyed by ISO code
 *   - cldr-dates-full: Arabic and English exemplar city names of the time zones, keyed by zone id
 *   - scripts/gazetteer/curated.ts: people, organisations, extra places, nisba adjectives
 *   - scripts/gazetteer/curated-world.ts, curated-more.ts: more people, organisations and places
 *   - scripts/gazetteer/curated-en.ts: English-language news names (many without an Arabic form,
 *     so an empty Arabic part is allowed)
 *   - scripts/gazetteer/curated-places-ar.ts, curated-institutions-ar.ts: places of the Arab states,
 *     institutions and companies of Saudi Arabia and the Gulf, matched in Arabic only
 *   - scripts/gazetteer/curated-known-ar.ts: names the Arabic press writes without a cue word,
 *     known well enough to stand where the tagger found nothing (`ar-known`)
 * Never built from evaluation text.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { curatedOrganisations, curatedPeople, curatedPlaces, nisbaLinks, type CuratedEntry } from './curated';
import { curatedWorld } from './curated-world';
import { curatedMore } from './curated-more';
import { curatedEnglish } from './curated-en';
import { curatedPlacesArabic } from './curated-places-ar';
import { curatedInstitutionsArabic } from './curated-institutions-ar';
import { curatedKnownArabic } from './curated-known-ar';
import { arabicGivenNames, englishGivenNames, foreignGivenNamesArabic } from './given-names';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/**
 * `arabicOnly`: only the Arabic forms are matched; the English one is a translation to show.
 * `phraseOnly`: the words of a multi-word form are not tagger features on their own (see
 * curated-places-ar.ts: `خميس مشيط` must not make every Thursday a place).
 */
interface Row { type: string; code: string; ar: string[]; en: string[]; description: string; arabicOnly?: boolean; phraseOnly?: boolean; known?: boolean }

// Everyday full names first: 'Iran' before 'Islamic Republic of Iran', 'United States' before 'US'.
const rank = (n: string): number => (n.length <= 3 ? 100 + n.length : n.length);

function countryRows(): Row[] {
  const ar = countries.getNames('ar', { select: 'all' }) as Record<string, string[]>;
  const en = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  return Object.keys(ar).map((code) => ({
    type: 'LOC',
    code,
    ar: ar[code],
    // English: the short, everyday alias first ("Iran" rather than "Islamic Republic of Iran").
    en: [...(en[code] ?? [])].filter((n) => !n.includes(',')).sort((a, b) => rank(a) - rank(b)),
    description: 'Country',
  }));
}

function zoneCities(lang: string): Map<string, string> {
  const zones = require(`cldr-dates-full/main/${lang}/timeZoneNames.json`).main[lang].dates.timeZoneNames.zone;
  const out = new Map<string, string>();
  const walk = (node: Record<string, unknown>, path: string): void => {
    for (const [key, value] of Object.entries(node)) {
      if (!value || typeof value !== 'object') continue;
      const v = value as Record<string, unknown>;
      if (typeof v.exemplarCity === 'string') out.set(`${path}/${key}`, v.exemplarCity);
      else walk(v, `${path}/${key}`);
    }
  };
  walk(zones, '');
  return out;
}

function cityRows(): Row[] {
  const ar = zoneCities('ar');
  const en = zoneCities('en');
  const rows: Row[] = [];
  for (const [zone, arName] of ar) {
    if (zone.startsWith('/Etc')) continue;
    rows.push({ type: 'LOC', code: '', ar: [arName], en: en.has(zone) ? [en.get(zone)!] : [], description: 'City' });
  }
  return rows;
}

function curatedRows(entries: CuratedEntry[]): Row[] {
  return entries.map(([type, ar, en, description]) => ({
    type,
    code: '',
    // An empty part (no known Arabic form) gives no forms, not one empty form.
    ar: ar ? ar.split(';').filter(Boolean) : [],
    en: en ? en.split(';').filter(Boolean) : [],
    description,
  }));
}

const clean = (s: string): string => s.replace(/[\t|;\n]/g, ' ').trim();
const rows = [...curatedRows(curatedPeople), ...curatedRows(curatedOrganisations), ...curatedRows(curatedPlaces), ...curatedRows(curatedWorld), ...curatedRows(curatedMore).map((r) => ({ ...r, en: r.en.slice(0, 1), arabicOnly: true })), ...curatedRows(curatedEnglish), ...countryRows(), ...cityRows(), ...curatedRows([...curatedPlacesArabic, ...curatedInstitutionsArabic]).map((r) => ({ ...r, arabicOnly: true, phraseOnly: true })), ...curatedRows(curatedKnownArabic).map((r) => ({ ...r, arabicOnly: true, phraseOnly: true, known: true }))];
const lines = rows.map((r) => [r.type, r.code, r.ar.map(clean).join(';'), r.en.map(clean).join(';'), clean(r.description), ...(r.known ? ['ar-known'] : r.phraseOnly ? ['ar-phrase'] : r.arabicOnly ? ['ar'] : [])].join('|'));
const nisba = nisbaLinks.map(([ar, en, place]) => [ar, en, place].join('|'));
const given = [...new Set([arabicGivenNames, foreignGivenNamesArabic, englishGivenNames].join(' ').split(/\s+/).filter(Boolean))];

const data = {
  about:
    'GENERATED by scripts/gazetteer/generate.ts: do not edit; see SOURCES.md. names: TYPE|ISO code|Arabic forms;…|English forms;…|description[|ar: Arabic forms matched only; ar-phrase: also, the words of a multi-word form are no features alone; ar-known: as ar-phrase, and the name stands where the tagger found nothing]. nisba: Arabic forms;…|English form|the place they point to. givenNames: first names, evidence that a family name follows.',
  names: lines,
  nisba,
  givenNames: given,
};
// One entry a line, so a change to the lists is a readable diff.
const out = JSON.stringify(data, null, 1) + '\n';
writeFileSync(resolve(__dirname, '../../src/core/entities/gazetteer/names.json'), out);
console.log(`gazetteer: ${rows.length} entries, ${nisba.length} nisba links, ${given.length} given names, ${(out.length / 1024).toFixed(0)} KB`);
