import { describe, expect, it } from 'vitest';
import { combineStatuses, goalStatus, indicatorStatus, type ProgressStatus } from '../../src/lib/status.ts';
import { nonEmpty, site, text, type ContentFile, type Site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/*
 * Statuses on the pages follow the rules (src/lib/status.ts, unit-tested on their own) applied
 * to the content as written, and a communicator's own assessment replaces them with its reason.
 * Where nothing is measured, no status is shown at all, and the page says so once.
 */

type Facts = Parameters<typeof indicatorStatus>[0];

const factsOf = (data: Record<string, unknown>): Facts => ({
  direction: data.direction as 'higher' | 'lower',
  baseline: data.baseline as Facts['baseline'],
  target: data.target as Facts['target'],
  values: Object.entries((data.values ?? {}) as Record<string, number>).map(([year, value]) => ({ year: Number(year), value })),
});

function rules(built: Site) {
  const indicators = built.entries('indicators');
  const developmentAreas = built.entries('development-areas');
  const activities = built.entries('activities');
  const computed = (goalId: string): ProgressStatus => {
    const own = indicators.filter((i) => (i.data.goals as string[]).includes(goalId)).map((i) => indicatorStatus(factsOf(i.data)));
    const areas = developmentAreas.filter((a) => (a.data.goals as string[]).includes(goalId)).map((a) => a.id);
    return goalStatus(own, activities.filter((a) => areas.includes(a.data.developmentArea as string)).map((a) => a.data.status as string));
  };
  const goal = (entry: ContentFile): ProgressStatus => (entry.data.assessment as { status: ProgressStatus } | undefined)?.status ?? computed(entry.id);
  return { computed, goal };
}

const shownStatus = (document: Document, selector = 'main .facts [data-progress]') => document.querySelector(selector)?.getAttribute('data-progress');
const measured = (built: Site) => built.entries('indicators').length > 0 || built.entries('goals').some((goal) => goal.data.assessment);

describe.each(siteNames.filter((name) => measured(site(name))))('statuses on the %s site', (name) => {
  const built = site(name);
  const status = rules(built);
  const goals = built.entries('goals');

  it('show each indicator’s status by the rule', () => {
    for (const indicator of built.entries('indicators')) {
      expect(shownStatus(built.page(built.entryPath('indicators', indicator.id))), indicator.id).toBe(indicatorStatus(factsOf(indicator.data)));
    }
  });

  it('show each goal’s status by the rule, or its own assessment', () => {
    for (const goal of nonEmpty(goals, 'goal')) expect(shownStatus(built.page(built.entryPath('goals', goal.id))), goal.id).toBe(status.goal(goal));
  });

  it('show an own assessment with its reason and the computed status beside it, in every language, an example’s as an example', () => {
    for (const goal of goals.filter((g) => g.data.assessment)) {
      const { reason } = goal.data.assessment as { reason: string };
      for (const lang of built.languages.filter((l) => built.has(built.entryPath('goals', goal.id, l)))) {
        const document = built.page(built.entryPath('goals', goal.id, lang));
        const assessment = document.querySelector('main .assessment');
        const translated = lang === built.sourceLang ? reason : (built.translation(lang, 'goals', goal.id)?.data.assessmentReason as string | undefined) ?? reason;
        expect(text(assessment), `${goal.id} ${lang}`).toContain(translated);
        const t = built.ui(lang).progress;
        expect(text(assessment?.querySelector('.assessment__by')), `${goal.id} ${lang}`).toBe(`${goal.data.illustrative ? t.exampleAssessment : t.assessedBy}.`);
        expect(document.querySelector('main .assessment__computed [data-progress]')?.getAttribute('data-progress')).toBe(status.computed(goal.id));
      }
    }
  });

  it('show each area’s status combined from its goals, and the counts by status where anything is measured', () => {
    for (const area of nonEmpty(built.entries('goal-areas'), 'goal area')) {
      const statuses = goals.filter((goal) => goal.data.area === area.id).map(status.goal);
      const document = built.page(built.entryPath('goal-areas', area.id));
      expect(shownStatus(document), area.id).toBe(combineStatuses(statuses));
      const counts = Object.fromEntries(
        [...document.querySelectorAll('main .status-counts li')].map((li) => [li.getAttribute('data-progress-count'), Number(text(li.querySelector('strong')))]),
      );
      if (statuses.every((s) => s === 'noData')) expect(counts, `${area.id}: the counts would only repeat "no data"`).toEqual({});
      else for (const s of new Set(statuses)) expect(counts[s], `${area.id} ${s}`).toBe(statuses.filter((x) => x === s).length);
    }
  });

  it('never tell a status by colour alone: every status has a word and a shape', () => {
    const paths = [
      '/',
      ...built.entries('goal-areas').map((e) => built.entryPath('goal-areas', e.id)),
      ...goals.map((e) => built.entryPath('goals', e.id)),
      ...built.languages.flatMap((lang) => built.entries('indicators').map((e) => built.entryPath('indicators', e.id, lang))),
    ].filter((path) => built.has(path));
    const bare = paths.flatMap((path) => [...built.page(path).querySelectorAll('[data-progress]')].filter((s) => text(s).length <= 2 || !s.querySelector('svg.status__icon')).map(() => path));
    expect(bare).toEqual([]);
  });
});

describe('the small site, where nothing is measured', () => {
  const built = site('small');

  it('shows no status anywhere, nor the rules for computing one', () => {
    const withStatus = built.pages().filter((path) => built.page(path).querySelector('[data-progress], .status-counts, .assessment-rules'));
    expect(withStatus).toEqual([]);
  });

  it('says once, on the start page, each area page and each goal page, that there are no measures yet', () => {
    const paths = [
      ...built.languages.map((lang) => built.prefix(lang)),
      ...built.entries('goal-areas').map((e) => built.entryPath('goal-areas', e.id)),
      ...built.entries('goals').map((e) => built.entryPath('goals', e.id, 'en')),
    ];
    for (const path of nonEmpty(paths, 'page')) {
      const notes = [...built.page(path).querySelectorAll('[data-no-measures]')].map(text);
      expect(notes, path).toEqual([built.ui(built.languageOf(path)).progress.noMeasures]);
    }
  });
});
