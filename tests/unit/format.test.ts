import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/i18n/index.ts';
import { formatValue } from '../../src/lib/indicators.ts';

const nbsp = /[\u00a0\u202f]/g;
const plain = (s: string) => s.replace(nbsp, ' ').replace('\u2212', '-');

describe('formatting numbers per language', () => {
  it('writes decimals as each language does', () => {
    expect(formatNumber('sv', 41.5)).toBe('41,5');
    expect(formatNumber('en', 41.5)).toBe('41.5');
    expect(formatNumber('fi', 1234.5)).toMatch(/^1\s234,5$/u);
  });

  it('formats Meänkieli as Finnish, not as the runtime default', () => {
    expect(formatNumber('fit', 1234.5)).toBe(formatNumber('fi', 1234.5));
    expect(plain(formatValue('fit', 'percent', 41.5))).toBe(plain(formatValue('fi', 'percent', 41.5)));
  });

  it('writes values with their unit', () => {
    expect(plain(formatValue('sv', 'percent', 41.5))).toBe('41,5 %');
    expect(plain(formatValue('sv', 'days', 12))).toBe('12 dagar');
    expect(plain(formatValue('en', 'sek', 1200))).toBe('SEK 1,200');
    expect(plain(formatValue('sv', 'count', 9))).toBe('9');
  });
});
