import type { Goal, GoalArea, Indicator } from './content-types.ts';
import type { Model } from './model.ts';
import { series } from './indicators.ts';
import { combineStatuses, goalStatus, indicatorStatus, indicatorTrend, type IndicatorFacts, type ProgressStatus, type Trend } from './status.ts';

/** The status rules applied to the model's entries. */

export function indicatorFacts(indicator: Indicator): IndicatorFacts {
  const { direction, baseline, target } = indicator.data;
  return { direction, baseline, target, values: series(indicator) };
}

export interface IndicatorProgress {
  status: ProgressStatus;
  trend: Trend | undefined;
}

// Statuses are asked for on many pages; content does not change during a build.
const indicatorCache = new WeakMap<Indicator, IndicatorProgress>();
const goalCache = new WeakMap<Goal, GoalProgress>();

export function indicatorProgress(indicator: Indicator): IndicatorProgress {
  let progress = indicatorCache.get(indicator);
  if (!progress) {
    const facts = indicatorFacts(indicator);
    indicatorCache.set(indicator, (progress = { status: indicatorStatus(facts), trend: indicatorTrend(facts) }));
  }
  return progress;
}

export interface GoalProgress {
  status: ProgressStatus;
  /** Set when a communicator assessed the goal in its file instead of the computed rule. */
  assessed: boolean;
  /** What the rule computed, shown beside an assessment that differs. */
  computed: ProgressStatus;
}

export function goalProgress(model: Model, goal: Goal): GoalProgress {
  let progress = goalCache.get(goal);
  if (!progress) goalCache.set(goal, (progress = computeGoalProgress(model, goal)));
  return progress;
}

function computeGoalProgress(model: Model, goal: Goal): GoalProgress {
  const indicators = model.indicatorsOf(goal.id).map((indicator) => indicatorProgress(indicator).status);
  const activities = model.developmentAreasOf(goal.id).flatMap((developmentArea) => model.activitiesOf(developmentArea.id).map((activity) => activity.data.status));
  const computed = goalStatus(indicators, activities);
  const assessment = goal.data.assessment;
  return assessment ? { status: assessment.status, assessed: true, computed } : { status: computed, assessed: false, computed };
}

export function areaProgress(model: Model, area: GoalArea): { status: ProgressStatus; goals: ProgressStatus[] } {
  const goals = model.goalsOf(area.id).map((goal) => goalProgress(model, goal).status);
  return { status: combineStatuses(goals), goals };
}
