import { strict as assert } from 'node:assert';
import { partitionPoint } from '../../src/core/partition-point';

describe('partitionPoint', () => {
  const cases: Array<[string, number[], number, number]> = [
    ['empty', [], 5, 0],
    ['all before', [1, 2, 3], 9, 3],
    ['none before', [4, 5, 6], 1, 0],
    ['in the middle, equal values not before', [1, 3, 3, 5], 3, 1],
    ['one item before', [2], 3, 1],
  ];
  for (const [name, sorted, value, expected] of cases) {
    it(`${name}: ${JSON.stringify(sorted)} below ${value} → ${expected}`, () => {
      assert.equal(partitionPoint(sorted.length, (i) => sorted[i] < value), expected);
    });
  }
});
