/**
 * The speakers a reviewer should look at first: those the ranker picked with little confidence
 * (unsureSpeaker) that nobody has confirmed. On the Arabic pools' tuning part (twenty-first
 * round) 35 of 111 of them were wrong, against 8 of 160 of the others, so stepping through them is
 * the quickest way to correct an article's speakers.
 */
import type { Quote } from '../types';
import { unsureSpeaker } from './speaker-ranker';

/** Speech quotations whose unconfirmed speaker the ranker was unsure of, in text order. */
export function speakersToCheck(quotes: readonly Quote[]): Quote[] {
  return quotes.filter((q) => q.kind === 'speech' && unsureSpeaker(q)).sort((a, b) => a.start - b.start);
}

export type Direction = 'next' | 'previous';

/**
 * The quotation to check after `offset` (the first starting after it) or before it (the last
 * starting before it), wrapping around the article's end as Go to Next Problem does; its index in
 * `toCheck` tells "2 of 5". Null when there is nothing to check.
 */
export function nextToCheck<Q extends { start: number }>(toCheck: readonly Q[], offset: number, direction: Direction): { quote: Q; index: number } | null {
  if (toCheck.length === 0) return null;
  let index: number;
  if (direction === 'next') {
    index = toCheck.findIndex((q) => q.start > offset);
    if (index < 0) index = 0;
  } else {
    index = toCheck.length - 1;
    while (index >= 0 && toCheck[index].start >= offset) index--;
    if (index < 0) index = toCheck.length - 1;
  }
  return { quote: toCheck[index], index };
}
