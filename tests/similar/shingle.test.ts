/** distinct() sorts with a radix sort above a size: both paths must give the sorted distinct values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinct } from '../../src/similar/shingle.js';

const plain = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b);

describe('distinct', () => {
  it('gives the sorted distinct values of small and large lists, repeats and extremes included', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom(0, 1, 2 ** 31, 2 ** 32 - 1, 2047, 2048));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3000 }), (values) => {
        expect([...distinct(Uint32Array.from(values))]).toEqual(plain(values));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves its input as it was', () => {
    const input = Uint32Array.from({ length: 1000 }, (_, i) => (i * 2654435761) >>> 0);
    const copy = input.slice();
    distinct(input);
    expect(input).toEqual(copy);
  });
});
