import { strict as assert } from 'node:assert';
import { nextToCheck, speakersToCheck, type Direction } from '../../src/core/quotes/speakers-to-check';
import type { Quote } from '../../src/core/types';

const speaker = { text: 'سامر', start: 0, end: 4, entity: null };
const quote = (start: number, extra: Partial<Quote> = {}): Quote => ({ start, end: start + 5, text: 'كلام', kind: 'speech', speaker, speakerConfidence: 0.5, ...extra });

describe('speakers to check: unsure, unconfirmed speakers of speech, in text order', () => {
  const cases: { name: string; quotes: Quote[]; expected: number[] }[] = [
    { name: 'an unsure speaker is listed', quotes: [quote(10)], expected: [10] },
    { name: 'a sure speaker is not', quotes: [quote(10, { speakerConfidence: 0.95 })], expected: [] },
    { name: 'exactly at the threshold is sure', quotes: [quote(10, { speakerConfidence: 0.9 })], expected: [] },
    { name: 'a speaker the user confirmed is not', quotes: [quote(10, { confirmed: true })], expected: [] },
    { name: 'no speaker at all is not (nothing to check against)', quotes: [quote(10, { speaker: null })], expected: [] },
    { name: 'no confidence (the rules alone chose) is not', quotes: [quote(10, { speakerConfidence: undefined })], expected: [] },
    { name: 'other quotations and reported speech are not', quotes: [quote(10, { kind: 'other' }), quote(30, { kind: 'reported' })], expected: [] },
    { name: 'sorted by where they start', quotes: [quote(50), quote(10), quote(30, { speakerConfidence: 0.99 })], expected: [10, 50] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(speakersToCheck(c.quotes).map((q) => q.start), c.expected));
  }
});

describe('the next or previous speaker to check from the caret, wrapping around', () => {
  const list = [{ start: 10 }, { start: 40 }, { start: 90 }];
  const cases: { offset: number; direction: Direction; expected: number }[] = [
    { offset: 0, direction: 'next', expected: 0 },
    { offset: 10, direction: 'next', expected: 1 }, // on a quotation's start: the one after it
    { offset: 25, direction: 'next', expected: 1 },
    { offset: 90, direction: 'next', expected: 0 }, // past the last: back to the first
    { offset: 200, direction: 'previous', expected: 2 },
    { offset: 40, direction: 'previous', expected: 0 }, // on a quotation's start: the one before it
    { offset: 41, direction: 'previous', expected: 1 }, // inside it: its own start
    { offset: 5, direction: 'previous', expected: 2 }, // before the first: round to the last
  ];
  for (const c of cases) {
    it(`${c.direction} from ${c.offset} is #${c.expected}`, () => assert.equal(nextToCheck(list, c.offset, c.direction)?.index, c.expected));
  }
  it('nothing to check: null either way', () => {
    assert.equal(nextToCheck([], 0, 'next'), null);
    assert.equal(nextToCheck([], 0, 'previous'), null);
  });
  it('one to check: always that one', () => {
    for (const direction of ['next', 'previous'] as const) for (const offset of [0, 10, 99]) assert.equal(nextToCheck([{ start: 10 }], offset, direction)?.index, 0);
  });
});
