import type {
  Activity,
  ContentSet,
  DevelopmentArea,
  Goal,
  GoalArea,
  Indicator,
  Initiative,
  Organisation,
  Page,
  Translation,
  AccessibilityProblem,
} from './content-types.ts';
import { easyToRead, language, sourceLang, type Lang } from '../config/languages.ts';
import { requiredPages } from '../config/content.ts';
import { ContentError } from './issues.ts';
import { translationKey } from './localize.ts';
import { collectionRouteKinds, type Route } from './routes.ts';
import { validateContent, type ValidateOptions } from './validate.ts';

/**
 * The steering model with its relations resolved, built once per build. Pages ask it questions
 * ("the goals of this area") instead of filtering collections themselves.
 */
export interface Model {
  areas: GoalArea[];
  goals: Goal[];
  developmentAreas: DevelopmentArea[];
  activities: Activity[];
  indicators: Indicator[];
  organisations: Organisation[];
  /** Initiatives that are not part of another, in order. */
  initiatives: Initiative[];
  pages: Page[];
  accessibilityProblems: AccessibilityProblem[];
  /** Translations by `<language>/<collection folder>/<id>`. */
  translations: Map<string, Translation>;
  /** When each content file last changed, by git (empty outside a checkout). */
  dates: Map<string, Date>;
  /**
   * Whether the municipality uses each lower level of the model at all: many publish only goal
   * areas and goals, and a level with no entries is not shown anywhere, not even as "none yet".
   */
  uses: { developmentAreas: boolean; activities: boolean; indicators: boolean; initiatives: boolean };
  /** Whether anything says how the goals stand: a measure, or a goal's own assessment. */
  hasProgress: boolean;
  /**
   * Whether a route has a page in a language: every page in Swedish and in a language that shows
   * untranslated entries in Swedish (`fallback: all`); only translated entries in one that does
   * not, and in Lättläst, which has no pages of the site's own but its start page.
   */
  hasPage(lang: Lang, route: Route): boolean;
  /** Whether any text is written in a language (Lättläst has pages only where it does). */
  hasTexts(lang: Lang): boolean;

  area(id: string): GoalArea;
  goal(id: string): Goal;
  developmentArea(id: string): DevelopmentArea;
  activity(id: string): Activity;
  indicator(id: string): Indicator;
  organisation(id: string): Organisation;
  initiative(id: string): Initiative;
  page(id: string): Page;

  goalsOf(areaId: string): Goal[];
  developmentAreasOf(goalId: string): DevelopmentArea[];
  activitiesOf(developmentAreaId: string): Activity[];
  indicatorsOf(goalId: string): Indicator[];
  partsOf(initiativeId: string): Initiative[];
  initiativesServing(areaId: string): Initiative[];
}

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title, 'sv');

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function lookup<T extends { id: string }>(entries: T[], what: string): (id: string) => T {
  const map = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = map.get(id);
    if (!entry) throw new Error(`No ${what} with the id "${id}".`);
    return entry;
  };
}

/**
 * Validates the content and resolves it into a model; throws ContentError listing every problem.
 * `checked`: the same content already passed validateContent in this process (the build's check
 * before any page is made), so it is not validated twice.
 */
export function buildModel(content: ContentSet, options: ValidateOptions & { dates?: Map<string, Date>; checked?: boolean } = {}): Model {
  const issues = options.checked ? [] : validateContent(content, options);
  if (issues.length > 0) throw new ContentError(issues);

  const areas = [...content.goalAreas].sort(byOrder);
  const areaOrder = new Map(areas.map((area, i) => [area.id, i]));
  const goals = [...content.goals].sort(
    (a, b) => areaOrder.get(a.data.area.id)! - areaOrder.get(b.data.area.id)! || byOrder(a, b),
  );
  const goalOrder = new Map(goals.map((goal, i) => [goal.id, i]));
  const firstGoal = (entry: { data: { goals: { id: string }[] } }) => Math.min(...entry.data.goals.map((g) => goalOrder.get(g.id)!));
  // Development areas and indicators may serve several goals: they follow the first one.
  const developmentAreas = [...content.developmentAreas].sort((a, b) => firstGoal(a) - firstGoal(b) || byTitle(a, b));
  const indicators = [...content.indicators].sort((a, b) => firstGoal(a) - firstGoal(b) || byTitle(a, b));
  const developmentAreaOrder = new Map(developmentAreas.map((developmentArea, i) => [developmentArea.id, i]));
  const activities = [...content.activities].sort(
    (a, b) => developmentAreaOrder.get(a.data.developmentArea.id)! - developmentAreaOrder.get(b.data.developmentArea.id)! || byOrder(a, b),
  );
  const allInitiatives = [...content.initiatives].sort(byOrder);

  const goalsByArea = groupBy(goals, (goal) => [goal.data.area.id]);
  const developmentAreasByGoal = groupBy(developmentAreas, (developmentArea) => developmentArea.data.goals.map((g) => g.id));
  const activitiesByDevelopmentArea = groupBy(activities, (activity) => [activity.data.developmentArea.id]);
  const indicatorsByGoal = groupBy(indicators, (indicator) => indicator.data.goals.map((g) => g.id));
  const partsByInitiative = groupBy(allInitiatives, (initiative) => (initiative.data.partOf ? [initiative.data.partOf.id] : []));
  const initiativesByArea = groupBy(allInitiatives, (initiative) => initiative.data.goalAreas.map((a) => a.id));

  const translations = new Map(content.translations.map((translation) => [translation.id, translation]));
  const translatedInto = new Set(content.translations.map((translation) => translation.id.split('/')[0]!));
  const collectionOfKind = new Map(Object.entries(collectionRouteKinds).filter(([, kind]) => kind).map(([collection, kind]) => [kind!, collection as keyof typeof collectionRouteKinds]));
  const hasPage = (lang: Lang, route: Route): boolean => {
    if (lang === sourceLang) return true;
    const variant = lang === easyToRead.code;
    if (!('id' in route)) return !variant || (route.kind === 'home' && translatedInto.has(lang));
    const collection = collectionOfKind.get(route.kind)!;
    if (collection === 'pages' && route.id === requiredPages.home) return hasPage(lang, { kind: 'home' });
    if (!variant && language(lang).fallback === 'all') return true;
    return translations.has(translationKey(lang, collection, route.id));
  };

  return {
    areas,
    goals,
    developmentAreas,
    activities,
    indicators,
    organisations: [...content.organisations].sort(byTitle),
    initiatives: allInitiatives.filter((initiative) => !initiative.data.partOf),
    pages: [...content.pages].sort((a, b) => a.id.localeCompare(b.id)),
    accessibilityProblems: [...content.accessibilityProblems].sort((a, b) => a.id.localeCompare(b.id)),
    translations,
    hasPage,
    hasTexts: (lang) => lang === sourceLang || translatedInto.has(lang),
    dates: options.dates ?? new Map(),
    uses: {
      developmentAreas: developmentAreas.length > 0,
      activities: activities.length > 0,
      indicators: indicators.length > 0,
      initiatives: allInitiatives.length > 0,
    },
    hasProgress: indicators.length > 0 || goals.some((goal) => goal.data.assessment !== undefined),

    area: lookup(content.goalAreas, 'goal area'),
    goal: lookup(content.goals, 'goal'),
    developmentArea: lookup(content.developmentAreas, 'development area'),
    activity: lookup(content.activities, 'activity'),
    indicator: lookup(content.indicators, 'indicator'),
    organisation: lookup(content.organisations, 'organisation'),
    initiative: lookup(content.initiatives, 'initiative'),
    page: lookup(content.pages, 'page'),

    goalsOf: (id) => goalsByArea.get(id) ?? [],
    developmentAreasOf: (id) => developmentAreasByGoal.get(id) ?? [],
    activitiesOf: (id) => activitiesByDevelopmentArea.get(id) ?? [],
    indicatorsOf: (id) => indicatorsByGoal.get(id) ?? [],
    partsOf: (id) => partsByInitiative.get(id) ?? [],
    initiativesServing: (id) => initiativesByArea.get(id) ?? [],
  };
}
