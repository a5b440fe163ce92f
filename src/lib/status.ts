/*
 * How far the work has come, computed from the numbers in the content: the rules, stated once,
 * in the comments below. Readers get them on the process page in their language (the
 * `progress.rules` texts of each dictionary, with the numbers filled in from here): change a
 * rule, and change those sentences too. docs/status.md says where the rules are used.
 */

import { progressStatuses, type ProgressStatus } from '../schemas/progress.ts';

export { progressStatuses, type ProgressStatus };

export type Trend = 'improving' | 'unchanged' | 'worsening';

export interface IndicatorFacts {
  direction: 'higher' | 'lower';
  baseline: { year: number; value: number };
  target: { year: number; value: number };
  /** Reported values by year. */
  values: { year: number; value: number }[];
}

/**
 * A change smaller than this share of the distance from baseline to target (or, when baseline
 * and target are equal, of the baseline itself) counts as no change: a rounding, not a trend.
 */
export const unchangedTolerance = 0.02;

/** The latest value reported after the baseline year; earlier ones say nothing of progress. */
export function latestAfterBaseline(facts: IndicatorFacts): { year: number; value: number } | undefined {
  return facts.values.filter((m) => m.year > facts.baseline.year).sort((a, b) => b.year - a.year)[0];
}

function tolerance(facts: IndicatorFacts): number {
  const span = Math.abs(facts.target.value - facts.baseline.value);
  return unchangedTolerance * (span > 0 ? span : Math.abs(facts.baseline.value) || 1);
}

/** Better is positive: the change from `from` to `to` in the indicator's direction. */
function gain(facts: IndicatorFacts, from: number, to: number): number {
  return facts.direction === 'higher' ? to - from : from - to;
}

/** From the baseline to the latest value: improving, unchanged or worsening (undefined without data). */
export function indicatorTrend(facts: IndicatorFacts): Trend | undefined {
  const latest = latestAfterBaseline(facts);
  if (!latest) return undefined;
  const change = gain(facts, facts.baseline.value, latest.value);
  if (Math.abs(change) <= tolerance(facts)) return 'unchanged';
  return change > 0 ? 'improving' : 'worsening';
}

/**
 * - no data: no value reported after the baseline year;
 * - on track: the target is reached, or the latest value is at least where a straight line from
 *   baseline to target would be in that year;
 * - at risk: better than the baseline, but behind that line;
 * - off track: no better than the baseline (within the tolerance above).
 */
export function indicatorStatus(facts: IndicatorFacts): ProgressStatus {
  const latest = latestAfterBaseline(facts);
  if (!latest) return 'noData';
  const { baseline, target } = facts;
  if (gain(facts, target.value, latest.value) >= 0) return 'onTrack';
  const share = Math.min(1, (latest.year - baseline.year) / (target.year - baseline.year));
  const expected = baseline.value + (target.value - baseline.value) * share;
  if (gain(facts, expected, latest.value) >= -tolerance(facts)) return 'onTrack';
  if (gain(facts, baseline.value, latest.value) > tolerance(facts)) return 'atRisk';
  return 'offTrack';
}

/**
 * Several statuses into one (a goal's indicators, an area's goals): those without data do not
 * count; all on track is on track; half or more off track is off track; anything else is at risk.
 */
export function combineStatuses(statuses: ProgressStatus[]): ProgressStatus {
  const known = statuses.filter((status) => status !== 'noData');
  if (known.length === 0) return 'noData';
  if (known.every((status) => status === 'onTrack')) return 'onTrack';
  if (known.filter((status) => status === 'offTrack').length * 2 >= known.length) return 'offTrack';
  return 'atRisk';
}

const oneStepWorse: Record<ProgressStatus, ProgressStatus> = { onTrack: 'atRisk', atRisk: 'offTrack', offTrack: 'offTrack', noData: 'noData' };

/**
 * A goal's status: its indicators combined, one step worse when more than half of the
 * activities meant to reach it are postponed.
 */
export function goalStatus(indicatorStatuses: ProgressStatus[], activityStatuses: string[]): ProgressStatus {
  const status = combineStatuses(indicatorStatuses);
  const postponed = activityStatuses.filter((activity) => activity === 'postponed').length;
  return postponed * 2 > activityStatuses.length ? oneStepWorse[status] : status;
}

/** How many of each status, in the order readers see them. */
export function countStatuses(statuses: ProgressStatus[]): Record<ProgressStatus, number> {
  return Object.fromEntries(progressStatuses.map((status) => [status, statuses.filter((s) => s === status).length])) as Record<
    ProgressStatus,
    number
  >;
}
