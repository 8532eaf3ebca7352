/**
 * The name a speaker is shown by: the fullest name of its person or organisation
 * (فلاديمير بوتين for بوتين, Jack Straw for Mr Straw), as long as that name shares a word with
 * the speaker as written (a grouping mistake upstream must not show another person's name);
 * else the speaker as written.
 */
import { normalizeArabic } from '../text/normalize';
import type { Entity, Speaker } from '../types';

function words(s: string): string[] {
  return normalizeArabic(s).toLowerCase().split(/[\s\u060c,.'’]+/).filter((w) => w.length > 1);
}

/** A written word with a proclitic or a title attached still matches (وبوتين, Mr). */
function sharesWord(written: string[], name: string[]): boolean {
  return written.some((w) => name.some((n) => w === n || (w.length > n.length && w.length - n.length <= 2 && w.endsWith(n))));
}

export function speakerDisplayName(speaker: Pick<Speaker, 'text'>, entity: Pick<Entity, 'name' | 'type'> | undefined): string {
  const written = speaker.text.replace(/\s+/g, ' ').trim();
  if (!entity || (entity.type !== 'PER' && entity.type !== 'ORG')) return written;
  return sharesWord(words(written), words(entity.name)) ? entity.name : written;
}
