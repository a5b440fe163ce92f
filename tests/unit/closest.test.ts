import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/closest.ts';

describe('closest', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests the nearest ids, best first', () => {
    const ids = ['hallbar-utveckling', 'tillvaxt-och-attraktivitet', 'demokrati', 'larande'];
    expect(closest('demokarti', ids)).toEqual(['demokrati']);
    expect(closest('tillvaxt', ids)[0]).toBe('tillvaxt-och-attraktivitet');
    expect(closest('hållbar-utveckling', ids)[0]).toBe('hallbar-utveckling');
  });

  it('suggests nothing when nothing is near', () => {
    expect(closest('samhallsskydd', ['demokrati', 'larande'])).toEqual([]);
  });
});
