import type { Entity, EntityType, Mention } from '../types';
import { matchKey, skeletonKey } from '../text/normalize';
import { gazetteer, phraseKey } from './gazetteer';

/** A mention before grouping: its type, and the role phrase written right before it, if any. */
export interface RawMention extends Mention {
  type: EntityType;
  role?: Mention;
}

const wordsOf = (m: Mention): string[] => m.text.split(/[\s()]+/).filter(Boolean).map(matchKey);

/** Does the short mention name the same person as the long one (a subset of its words)? */
function isShortForm(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  const longSkeletons = new Set(long.map(skeletonKey));
  return short.every((w) => longSkeletons.has(skeletonKey(w)));
}

/**
 * Groups mentions into entities: equal names (up to spelling variants) merge; a person's short
 * form (بوتين, Ms Hewitt's Hewitt) joins the one full name that contains it; role phrases seen
 * right before a name (الرئيس الروسي) become mentions of that person wherever they stand alone.
 */
export function groupMentions(raw: RawMention[], roleOccurrences: (role: string) => Mention[]): Entity[] {
  const groups: Array<{ type: EntityType; mentions: RawMention[]; words: string[]; key: string }> = [];
  const byKey = new Map<string, number>();
  const sorted = [...raw].sort((a, b) => b.text.length - a.text.length || a.start - b.start);
  for (const m of sorted) {
    const words = wordsOf(m);
    const key = `${m.type}:${skeletonKey(words.join(' '))}`;
    let g = byKey.get(key);
    if (g === undefined && m.type === 'PER') {
      const candidates = groups.map((x, i) => i).filter((i) => groups[i].type === 'PER' && isShortForm(words, groups[i].words));
      if (candidates.length === 1) g = candidates[0];
    }
    if (g === undefined) {
      g = groups.length;
      groups.push({ type: m.type, mentions: [], words, key });
      byKey.set(key, g);
    }
    groups[g].mentions.push(m);
  }
  // Role phrases: a role used with exactly one person stands for that person elsewhere.
  const roleOwners = new Map<string, Set<number>>();
  groups.forEach((g, i) => g.mentions.forEach((m) => {
    if (m.role) roleOwners.set(matchKey(m.role.text), (roleOwners.get(matchKey(m.role.text)) ?? new Set()).add(i));
  }));
  const taken = new Set(raw.map((m) => m.start));
  const roleOf = new Map<number, string>();
  for (const [role, owners] of roleOwners) {
    // Shared roles go to the clearly dominant person (most mentions, at least twice the next).
    const ranked = [...owners].sort((a, b) => groups[b].mentions.length - groups[a].mentions.length);
    if (ranked.length > 1 && groups[ranked[0]].mentions.length < 2 * groups[ranked[1]].mentions.length) continue;
    const owner = ranked[0];
    const roleText = groups[owner].mentions.find((m) => m.role && matchKey(m.role.text) === role)!.role!.text;
    roleOf.set(owner, roleText);
    for (const occ of roleOccurrences(roleText)) {
      const inside = raw.some((m) => (m.role && m.role.start === occ.start) || (occ.start < m.end && m.start < occ.end));
      if (!inside && !taken.has(occ.start)) groups[owner].mentions.push({ ...occ, type: 'PER' });
    }
  }
  const entities = groups
    .map((g, i) => ({ g, i, first: Math.min(...g.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first);
  const counters: Record<EntityType, number> = { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  return entities.map(({ g, i }) => {
    const named = g.mentions.filter((m) => !roleOf.has(i) || matchKey(m.text) !== matchKey(roleOf.get(i)!));
    const name = (named.length ? named : g.mentions).reduce((a, b) => (wordsOf(b).length > wordsOf(a).length ? b : a)).text.replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
    const entity: Entity = {
      id: `${g.type}-${++counters[g.type]}`,
      type: g.type,
      name,
      mentions: g.mentions.map(({ start, end, text: t }) => ({ start, end, text: t })).sort((a, b) => a.start - b.start),
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
