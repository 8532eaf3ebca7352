import { strict as assert } from 'node:assert';
import { calibrationWork, normalised, REFERENCE_MS } from '../../scripts/bench/calibration';

const CHECKSUM = 7798618.4343336895;

describe('benchmark calibration', () => {
  it('does the same work every time, the work the reference time was measured with', () => {
    // If this checksum changes, calibrationWork changed and REFERENCE_MS no longer describes it.
    assert.equal(calibrationWork(), CHECKSUM);
    assert.equal(calibrationWork(), CHECKSUM);
  });

  const cases: Array<{ name: string; rate: number; calibrationMs: number; expected: number }> = [
    { name: 'a machine as fast as the reference reports its own rate', rate: 1.2, calibrationMs: REFERENCE_MS, expected: 1.2 },
    { name: 'a machine half as fast reports twice its rate', rate: 0.6, calibrationMs: 2 * REFERENCE_MS, expected: 1.2 },
    { name: 'a faster machine reports less than its rate', rate: 2.4, calibrationMs: REFERENCE_MS / 2, expected: 1.2 },
  ];
  for (const c of cases) it(c.name, () => assert.ok(Math.abs(normalised(c.rate, c.calibrationMs) - c.expected) < 1e-9));
});
