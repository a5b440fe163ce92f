import { describe, expect, it } from 'vitest';
import { combineStatuses, countStatuses, goalStatus, indicatorStatus, indicatorTrend, type IndicatorFacts } from '../../src/lib/status.ts';

const higher = (values: [number, number][]): IndicatorFacts => ({
  direction: 'higher',
  baseline: { year: 2020, value: 40 },
  target: { year: 2030, value: 60 },
  values: values.map(([year, value]) => ({ year, value })),
});
const lower = (values: [number, number][]): IndicatorFacts => ({
  direction: 'lower',
  baseline: { year: 2020, value: 100 },
  target: { year: 2030, value: 50 },
  values: values.map(([year, value]) => ({ year, value })),
});

describe('indicatorStatus', () => {
  it('has no data without a value after the baseline year', () => {
    expect(indicatorStatus(higher([]))).toBe('noData');
    expect(indicatorStatus(higher([[2020, 40]]))).toBe('noData');
    expect(indicatorStatus(higher([[2019, 70]]))).toBe('noData');
  });

  it('is on track on or above the straight line from baseline to target', () => {
    // Halfway in time (2025) the line is at 50.
    expect(indicatorStatus(higher([[2025, 50]]))).toBe('onTrack');
    expect(indicatorStatus(higher([[2025, 55]]))).toBe('onTrack');
  });

  it('is on track once the target is reached, whatever the year', () => {
    expect(indicatorStatus(higher([[2021, 60]]))).toBe('onTrack');
    expect(indicatorStatus(higher([[2034, 61]]))).toBe('onTrack');
  });

  it('is at risk when better than the baseline but behind the line', () => {
    expect(indicatorStatus(higher([[2025, 45]]))).toBe('atRisk');
  });

  it('is off track when no better than the baseline', () => {
    expect(indicatorStatus(higher([[2025, 40]]))).toBe('offTrack');
    expect(indicatorStatus(higher([[2025, 35]]))).toBe('offTrack');
  });

  it('counts a change within 2 % of the baseline–target distance as none', () => {
    // 2 % of 20 is 0.4: 40.4 is still the baseline; 40.5 is progress (but behind the line).
    expect(indicatorStatus(higher([[2025, 40.4]]))).toBe('offTrack');
    expect(indicatorStatus(higher([[2025, 40.5]]))).toBe('atRisk');
    // Just under the line, within the tolerance, is on the line.
    expect(indicatorStatus(higher([[2025, 49.7]]))).toBe('onTrack');
  });

  it('reads lower-is-better the other way round', () => {
    expect(indicatorStatus(lower([[2025, 75]]))).toBe('onTrack');
    expect(indicatorStatus(lower([[2025, 90]]))).toBe('atRisk');
    expect(indicatorStatus(lower([[2025, 110]]))).toBe('offTrack');
    expect(indicatorStatus(lower([[2022, 50]]))).toBe('onTrack');
  });

  it('uses the latest year, not the last one listed, and skips missing years', () => {
    expect(indicatorStatus(higher([[2028, 58], [2023, 41]]))).toBe('onTrack');
    expect(indicatorStatus(higher([[2021, 45], [2026, 41]]))).toBe('atRisk');
  });

  it('keeps a level when baseline and target are the same', () => {
    const keep: IndicatorFacts = { direction: 'higher', baseline: { year: 2020, value: 90 }, target: { year: 2030, value: 90 }, values: [] };
    expect(indicatorStatus({ ...keep, values: [{ year: 2024, value: 90 }] })).toBe('onTrack');
    expect(indicatorStatus({ ...keep, values: [{ year: 2024, value: 85 }] })).toBe('offTrack');
  });
});

describe('indicatorTrend', () => {
  it('compares the latest value with the baseline, in the indicator’s direction', () => {
    expect(indicatorTrend(higher([[2024, 45]]))).toBe('improving');
    expect(indicatorTrend(higher([[2024, 30]]))).toBe('worsening');
    expect(indicatorTrend(higher([[2024, 40.3]]))).toBe('unchanged');
    expect(indicatorTrend(lower([[2024, 80]]))).toBe('improving');
    expect(indicatorTrend(lower([[2024, 120]]))).toBe('worsening');
    expect(indicatorTrend(higher([]))).toBeUndefined();
  });
});

describe('combining statuses', () => {
  it('ignores measures without data, and has none if all lack it', () => {
    expect(combineStatuses(['noData', 'onTrack'])).toBe('onTrack');
    expect(combineStatuses(['noData', 'noData'])).toBe('noData');
    expect(combineStatuses([])).toBe('noData');
  });

  it('is on track only if all are; off track if half or more are off; at risk otherwise', () => {
    expect(combineStatuses(['onTrack', 'onTrack'])).toBe('onTrack');
    expect(combineStatuses(['onTrack', 'atRisk'])).toBe('atRisk');
    expect(combineStatuses(['onTrack', 'offTrack'])).toBe('offTrack');
    expect(combineStatuses(['onTrack', 'onTrack', 'offTrack'])).toBe('atRisk');
    expect(combineStatuses(['atRisk', 'atRisk'])).toBe('atRisk');
  });

  it('makes a goal one step worse when more than half of its activities are postponed', () => {
    expect(goalStatus(['onTrack'], ['postponed', 'postponed', 'ongoing'])).toBe('atRisk');
    expect(goalStatus(['atRisk'], ['postponed'])).toBe('offTrack');
    expect(goalStatus(['onTrack'], ['postponed', 'ongoing'])).toBe('onTrack');
    expect(goalStatus(['noData'], ['postponed'])).toBe('noData');
  });

  it('counts statuses', () => {
    expect(countStatuses(['onTrack', 'offTrack', 'onTrack'])).toEqual({ onTrack: 2, atRisk: 0, offTrack: 1, noData: 0 });
  });
});
