/** distinct(): the radix sort for long lists gives what the built-in sort gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinct, distinctSample } from '../../src/similar/shingle.js';

const reference = (values: Uint32Array) => [...new Set(values)].sort((a, b) => a - b);

describe('distinct', () => {
  it('sorted distinct values, short lists and long ones (radix), with repeats and extreme values', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat({ max: 0xffffffff }), fc.constantFrom(0, 1, 0xffffffff, 0x80000000, 255, 256)), { maxLength: 3000 }), (list) => {
        const values = Uint32Array.from(list);
        expect([...distinct(values)]).toEqual(reference(values));
        // The input is left as it was.
        expect([...values]).toEqual(list);
      }),
      { numRuns: 200 },
    );
  });

  it('values bunched in a few buckets (the insertion pass gives up to the radix sort)', () => {
    const values = Uint32Array.from({ length: 5000 }, (_, i) => (0x7f000000 + ((i * 7919) % 4999)) >>> 0);
    expect([...distinct(values)]).toEqual(reference(values));
  });

  it('a list longer than any before it (the scratch buffer grows)', () => {
    const values = Uint32Array.from({ length: 20_000 }, (_, i) => Math.imul(i % 7000, 2654435761) >>> 0);
    expect([...distinct(values)]).toEqual(reference(values));
  });
});

describe('distinctSample', () => {
  it('splits the distinct values by the mask: the sample sorted, the rest complete', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 3000 }), fc.array(fc.nat({ max: 50 }), { maxLength: 200 }), (list, repeats) => {
        // Repeats of earlier values, as a report repeats its shingles.
        const values = Uint32Array.from([...list, ...repeats.filter((r) => r < list.length).map((r) => list[r]!)]);
        const { sample, rest } = distinctSample(values, 1);
        const all = reference(values);
        expect([...sample]).toEqual(all.filter((h) => (h & 1) === 0));
        expect([...rest].sort((a, b) => a - b)).toEqual(all.filter((h) => (h & 1) === 1));
      }),
      { numRuns: 200 },
    );
  });
});
