import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../../src/lib/chart.ts';
import type { IndicatorFacts } from '../../src/lib/status.ts';

const facts: IndicatorFacts = {
  direction: 'higher',
  baseline: { year: 2020, value: 4 },
  target: { year: 2027, value: 15 },
  values: [
    { year: 2022, value: 3 },
    { year: 2020, value: 4 },
    { year: 2024, value: 9 },
  ],
};

describe('chartGeometry', () => {
  const chart = chartGeometry(facts);
  const valueAt = (y: number) => chart.yDomain[0] + ((chart.plot.bottom - y) / (chart.plot.bottom - chart.plot.top)) * (chart.yDomain[1] - chart.yDomain[0]);

  it('places every value in year order, inside the plotting area', () => {
    expect(chart.points.map((p) => p.year)).toEqual([2020, 2022, 2024]);
    for (const p of chart.points) {
      expect(p.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(p.x).toBeLessThanOrEqual(chart.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(chart.plot.top);
      expect(p.y).toBeLessThanOrEqual(chart.plot.bottom);
    }
  });

  it('draws values at heights that read back as the values', () => {
    for (const p of chart.points) expect(valueAt(p.y)).toBeCloseTo(p.value, 0);
    expect(valueAt(chart.target.y)).toBeCloseTo(15, 0);
  });

  it('spans the years from baseline to target and starts small positive values at zero', () => {
    expect(chart.xDomain).toEqual([2020, 2027]);
    expect(chart.yDomain[0]).toBe(0);
    expect(chart.yDomain[1]).toBeGreaterThanOrEqual(15);
    expect(chart.xTicks.at(-1)?.year).toBe(2027);
  });

  it('keeps a scale that shows change for values far from zero', () => {
    const high = chartGeometry({ ...facts, baseline: { year: 2020, value: 88 }, target: { year: 2027, value: 95 }, values: [{ year: 2021, value: 85 }] });
    expect(high.yDomain[0]).toBeGreaterThan(50);
  });

  it('draws a path through the points, and none without values', () => {
    expect(chart.path.startsWith('M')).toBe(true);
    expect(chartGeometry({ ...facts, values: [] }).path).toBe('');
  });
});
