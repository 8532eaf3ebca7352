import type { Entity, EntityType, Mention } from '../types';
import { matchKey, skeletonKey } from '../text/normalize';
import { gazetteer, phraseKey } from './gazetteer';
import { partitionPoint } from '../partition-point';

/** A mention before grouping: its type, and the role phrase written right before it, if any. */
export interface RawMention extends Mention {
  type: EntityType;
  role?: Mention;
  /** Other phrases for the same role (`الرئيس الأميركي` for `نظيره الأميركي`). */
  roleAliases?: string[];
  /** The whole name when the mention is a part of it (`مورغولوف` of `(إيغور) مورغولوف`). */
  fullName?: string;
  /** A role phrase standing for the person: never the entity's name. */
  isRole?: boolean;
}

const nameOf = (m: RawMention): string => m.fullName ?? m.text;
const wordsOf = (m: RawMention): string[] => nameOf(m).split(/[\s()]+/).filter(Boolean).map(matchKey);

/**
 * Groups mentions into entities: equal names (up to spelling variants) merge; a person's short
 * form (بوتين, Ms Hewitt's Hewitt) joins the one full name that contains it; role phrases seen
 * right before a name (الرئيس الروسي) become mentions of that person wherever they stand alone.
 */
export function groupMentions(raw: RawMention[], roleOccurrences: (role: string) => RawMention[]): Entity[] {
  const groups: Array<{ type: EntityType; mentions: RawMention[]; words: string[]; key: string; skeletons?: Set<string> }> = [];
  const byKey = new Map<string, number>();
  // Person groups by the skeletons of their words, in the order made: a short form's candidates
  // are the groups holding its first word, every word of the short form among the long one's.
  const personsBySkeleton = new Map<string, number[]>();
  const wordsOfMention = new Map<RawMention, string[]>();
  const sorted = [...raw].sort((a, b) => b.text.length - a.text.length || a.start - b.start);
  for (const m of sorted) {
    const words = wordsOf(m);
    wordsOfMention.set(m, words);
    const key = `${m.type}:${skeletonKey(words.join(' '))}`;
    let g = byKey.get(key);
    if (g === undefined && m.type === 'PER') {
      // الخرندا for علي خرندا: a family name alone may take the article its full name lacks.
      const bareFamily = words.length === 1 && words[0].startsWith('\u0627\u0644') && words[0].length > 4 && !personsBySkeleton.has(skeletonKey(words[0]));
      const skeletons = (bareFamily ? [words[0].slice(2)] : words).map(skeletonKey);
      const pool = words.length ? personsBySkeleton.get(skeletons[0]) ?? [] : groups.map((x, i) => i).filter((i) => groups[i].type === 'PER');
      let candidates = pool.filter((i) => {
        const long = groups[i];
        if (words.length >= long.words.length) return false;
        const longSkeletons = (long.skeletons ??= new Set(long.words.map(skeletonKey)));
        return skeletons.every((w) => longSkeletons.has(w));
      });
      // Several full names contain it (بوتين in فلاديمير بوتين and in a mistaken بوتين وشي):
      // the family name is the last word, so prefer the names that end with it.
      // Names written family name first (كيم جونغ أون) come next.
      if (candidates.length > 1) {
        const last = skeletonKey(words[words.length - 1]);
        const first = skeletonKey(words[0]);
        const byLast = candidates.filter((i) => skeletonKey(groups[i].words[groups[i].words.length - 1]) === last);
        candidates = byLast.length ? byLast : candidates.filter((i) => skeletonKey(groups[i].words[0]) === first);
      }
      if (candidates.length === 1) g = candidates[0];
    }
    if (g === undefined) {
      g = groups.length;
      groups.push({ type: m.type, mentions: [], words, key });
      byKey.set(key, g);
      if (m.type === 'PER') {
        for (const sk of (groups[g].skeletons = new Set(words.map(skeletonKey)))) {
          const list = personsBySkeleton.get(sk);
          if (list) list.push(g);
          else personsBySkeleton.set(sk, [g]);
        }
      }
    }
    groups[g].mentions.push(m);
  }
  // Role phrases: a role used with exactly one person stands for that person elsewhere.
  const roleOwners = new Map<string, { owners: Set<number>; text: string }>();
  groups.forEach((g, i) => g.mentions.forEach((m) => {
    for (const phrase of m.role ? [...(m.roleAliases ?? []), m.role.text] : []) {
      const key = matchKey(phrase);
      const entry = roleOwners.get(key) ?? { owners: new Set<number>(), text: phrase };
      entry.owners.add(i);
      roleOwners.set(key, entry);
    }
  }));
  const taken = new Set(raw.map((m) => m.start));
  const roleOf = new Map<number, string>();
  // Is a span inside a mention or its role? Mentions by start, with the furthest end so far.
  const roleStarts = new Set<number>();
  for (const m of raw) if (m.role) roleStarts.add(m.role.start);
  const byStart = [...raw].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const m of byStart) furthest.push(Math.max(m.end, furthest.length ? furthest[furthest.length - 1] : -Infinity));
  const covered = (start: number, end: number): boolean => {
    if (roleStarts.has(start)) return true;
    // The last mention starting before `end`: does any mention up to it reach past `start`?
    const lo = partitionPoint(byStart.length, (i) => byStart[i].start < end);
    return lo > 0 && furthest[lo - 1] > start;
  };
  for (const { owners, text: roleText } of roleOwners.values()) {
    // Shared roles go to the clearly dominant person (most mentions, at least twice the next).
    const ranked = [...owners].sort((a, b) => groups[b].mentions.length - groups[a].mentions.length);
    if (ranked.length > 1 && groups[ranked[0]].mentions.length < 2 * groups[ranked[1]].mentions.length) continue;
    const owner = ranked[0];
    if (!roleOf.has(owner)) roleOf.set(owner, roleText);
    for (const occ of roleOccurrences(roleText)) {
      if (!covered(occ.start, occ.end) && !taken.has(occ.start)) {
        groups[owner].mentions.push({ ...occ, type: 'PER', isRole: true });
        taken.add(occ.start);
      }
    }
  }
  const entities = groups
    .map((g, i) => ({ g, i, first: g.mentions.reduce((min, m) => Math.min(min, m.start), Infinity) }))
    .sort((a, b) => a.first - b.first);
  const counters: Record<EntityType, number> = { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  const wordCount = (m: RawMention): number => (wordsOfMention.get(m) ?? wordsOf(m)).length;
  return entities.map(({ g, i }) => {
    const named = g.mentions.filter((m) => !m.isRole);
    const name = nameOf((named.length ? named : g.mentions).reduce((a, b) => (wordCount(b) > wordCount(a) ? b : a))).replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
    const entity: Entity = {
      id: `${g.type}-${++counters[g.type]}`,
      type: g.type,
      name,
      mentions: g.mentions.map(({ start, end, text: t, isRole }): Mention => (isRole ? { start, end, text: t, byRole: true } : { start, end, text: t })).sort((a, b) => a.start - b.start),
    };
    const known = gazetteer().names.get(phraseKey(name));
    if (known && known.type === g.type) {
      const isArabic = /[\u0600-\u06ff]/.test(name);
      const other = isArabic ? known.en : known.ar;
      if (other) entity.otherName = other;
      if (known.description) entity.description = known.description;
    }
    if (roleOf.has(i)) entity.role = roleOf.get(i);
    return entity;
  });
}
