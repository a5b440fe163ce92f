import { describe, expect, it } from 'vitest';
import { indicatorSchema } from '../../src/schemas/content.ts';

/*
 * An indicator's values as the editor (/admin/) writes them: year–value pairs whose values are
 * text. The build reads a plain decimal in text as the number and refuses anything else with
 * the message a number written by hand would get.
 */

const indicator = {
  title: 'Andel',
  unit: 'percent',
  direction: 'higher',
  baseline: { year: 2020, value: 30 },
  target: { year: 2028, value: 50 },
  source: 'Kommunens enkät',
  goals: ['ett-mal'],
};

describe('indicator values', () => {
  it('reads numbers, and decimals written as text, as numbers', () => {
    const parsed = indicatorSchema.safeParse({ ...indicator, values: { 2021: 31, '2022': '32.5', '2023': ' -1 ' } });
    expect(parsed.success && parsed.data.values).toEqual({ 2021: 31, 2022: 32.5, 2023: -1 });
  });

  it.each(['32,5', 'ca 32', '', '3e2', '0x20'])('refuses %j as a value, with the message for numbers', (text) => {
    const parsed = indicatorSchema.safeParse({ ...indicator, values: { '2022': text } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContainEqual(expect.stringMatching(/expected a number, with a point as decimal sign/));
  });
});
