import { describe, expect, it } from 'vitest';
import { combineStatuses, goalStatus, indicatorStatus, type ProgressStatus } from '../../src/lib/status.ts';
import { contentFiles } from '../support/content.ts';
import { page, text } from '../support/dist.ts';

/*
 * Statuses on the pages follow the rules (src/lib/status.ts, unit-tested on their own) applied
 * to the content as written, and a communicator's own assessment replaces them with its reason.
 */

type Facts = Parameters<typeof indicatorStatus>[0];
const indicators = contentFiles('indicators');
const goals = contentFiles('goals');
const developmentAreas = contentFiles('development-areas');
const activities = contentFiles('activities');

const factsOf = (data: Record<string, unknown>): Facts => ({
  direction: data.direction as 'higher' | 'lower',
  baseline: data.baseline as Facts['baseline'],
  target: data.target as Facts['target'],
  values: Object.entries((data.values ?? {}) as Record<string, number>).map(([year, value]) => ({ year: Number(year), value })),
});

function computedGoalStatus(goalId: string): ProgressStatus {
  const own = indicators.filter((i) => (i.data.goals as string[]).includes(goalId)).map((i) => indicatorStatus(factsOf(i.data)));
  const areas = developmentAreas.filter((a) => (a.data.goals as string[]).includes(goalId)).map((a) => a.id);
  const statuses = activities.filter((a) => areas.includes(a.data.developmentArea as string)).map((a) => a.data.status as string);
  return goalStatus(own, statuses);
}
const shownStatus = (document: Document, selector = 'main .facts [data-progress]') => document.querySelector(selector)?.getAttribute('data-progress');

describe('statuses on the pages', () => {
  it('show each indicator’s status by the rule', () => {
    for (const indicator of indicators) expect(shownStatus(page(`/indikatorer/${indicator.id}/`)), indicator.id).toBe(indicatorStatus(factsOf(indicator.data)));
  });

  it('show each goal’s status by the rule, or its own assessment', () => {
    for (const goal of goals) {
      const assessment = goal.data.assessment as { status: string } | undefined;
      expect(shownStatus(page(`/mal/${goal.id}/`)), goal.id).toBe(assessment?.status ?? computedGoalStatus(goal.id));
    }
  });

  it('show an own assessment with its reason and the computed status beside it, in every language', () => {
    const assessed = goals.filter((goal) => goal.data.assessment);
    expect(assessed.length).toBeGreaterThan(0);
    for (const goal of assessed) {
      const { reason } = goal.data.assessment as { reason: string };
      const document = page(`/mal/${goal.id}/`);
      expect(text(document.querySelector('main .assessment'))).toContain(reason);
      expect(document.querySelector('main .assessment__computed [data-progress]')?.getAttribute('data-progress')).toBe(computedGoalStatus(goal.id));
      for (const lang of ['fit', 'fi', 'en']) expect(page(`/${lang}/mal/${goal.id}/`).querySelector('main .assessment'), lang).not.toBeNull();
    }
  });

  it('show each area’s status combined from its goals, and the counts by status', () => {
    for (const area of contentFiles('goal-areas')) {
      const statuses = goals
        .filter((goal) => goal.data.area === area.id)
        .map((goal) => ((goal.data.assessment as { status: ProgressStatus } | undefined)?.status ?? computedGoalStatus(goal.id)));
      const document = page(`/malomraden/${area.id}/`);
      expect(shownStatus(document), area.id).toBe(combineStatuses(statuses));
      const counts = Object.fromEntries(
        [...document.querySelectorAll('main .status-counts li')].map((li) => [li.getAttribute('data-progress-count'), Number(text(li.querySelector('strong')))]),
      );
      for (const status of new Set(statuses)) expect(counts[status], `${area.id} ${status}`).toBe(statuses.filter((s) => s === status).length);
    }
  });

  it('never tell a status by colour alone: every status has a word and a shape', () => {
    for (const path of ['/', '/malomraden/larande/', '/mal/alla-elever-nar-malen/', '/en/indikatorer/nya-bostader/']) {
      for (const status of page(path).querySelectorAll('[data-progress]')) {
        expect(text(status).length, path).toBeGreaterThan(2);
        expect(status.querySelector('svg.status__icon'), path).not.toBeNull();
      }
    }
  });
});
