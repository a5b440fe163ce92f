import { openDataSchema, type OpenData } from '../schemas/open-data.ts';
import type { SourceEntry } from './content-types.ts';
import { series } from './indicators.ts';
import { goalProgress, indicatorProgress, areaProgress } from './progress.ts';
import { absoluteUrl } from './routes.ts';
import { settings } from './settings.ts';
import { routeOf, type View } from './view.ts';

/*
 * The whole model as data, in one language: what the pages show, for those who want the
 * numbers. Built from the same model and rules as the pages, in the same order, and without
 * anything that changes between builds of the same content.
 */

export function openData(view: View, siteUrl: URL | undefined): OpenData {
  const { model, lang } = view;
  const municipalityCode = settings().municipality.code;
  const text = (entry: SourceEntry) => {
    const localized = view.text(entry);
    return { title: localized.title, lang: localized.lang, illustrative: entry.data.illustrative };
  };
  const url = (entry: SourceEntry) => (siteUrl ? absoluteUrl(view.href(routeOf(entry)!), siteUrl) : view.href(routeOf(entry)!));

  const data: OpenData = {
    language: lang,
    municipality: { name: view.municipality, ...(municipalityCode ? { code: municipalityCode } : {}) },
    areas: model.areas.map((area) => ({
      id: area.id,
      order: area.data.order,
      ...text(area),
      url: url(area),
      status: areaProgress(model, area).status,
      goals: model.goalsOf(area.id).map((goal) => goal.id),
    })),
    goals: model.goals.map((goal) => {
      const progress = goalProgress(model, goal);
      const reason = view.text(goal).assessmentReason;
      return {
        id: goal.id,
        area: goal.data.area.id,
        order: goal.data.order,
        ...text(goal),
        url: url(goal),
        status: progress.status,
        ...(progress.assessed && reason ? { assessment: { status: progress.status, reason: reason.text, computedStatus: progress.computed } } : {}),
      };
    }),
    organisations: model.organisations.map((organisation) => ({
      id: organisation.id,
      kind: organisation.data.kind,
      ...text(organisation),
      ...(organisation.data.board ? { board: organisation.data.board.id } : {}),
    })),
    developmentAreas: model.developmentAreas.map((developmentArea) => ({
      id: developmentArea.id,
      ...text(developmentArea),
      url: url(developmentArea),
      goals: developmentArea.data.goals.map((goal) => goal.id),
      board: developmentArea.data.board.id,
      period: developmentArea.data.period,
    })),
    activities: model.activities.map((activity) => ({
      id: activity.id,
      ...text(activity),
      url: url(activity),
      developmentArea: activity.data.developmentArea.id,
      administration: activity.data.administration.id,
      status: activity.data.status,
      period: activity.data.period,
      order: activity.data.order,
    })),
    indicators: model.indicators.map((indicator) => {
      const progress = indicatorProgress(indicator);
      return {
        id: indicator.id,
        ...text(indicator),
        url: url(indicator),
        unit: indicator.data.unit,
        direction: indicator.data.direction,
        baseline: indicator.data.baseline,
        target: indicator.data.target,
        values: series(indicator),
        source: indicator.data.source,
        ...(indicator.data.kolada ? { kolada: indicator.data.kolada } : {}),
        goals: indicator.data.goals.map((goal) => goal.id),
        status: progress.status,
        ...(progress.trend ? { trend: progress.trend } : {}),
      };
    }),
    initiatives: model.initiatives
      .flatMap((initiative) => [initiative, ...model.partsOf(initiative.id)])
      .map((initiative) => ({
        id: initiative.id,
        ...text(initiative),
        url: url(initiative),
        ...(initiative.data.partOf ? { partOf: initiative.data.partOf.id } : {}),
        goalAreas: initiative.data.goalAreas.map((area) => area.id),
      })),
  };
  // The published file must match its published schema; check it here rather than trust it.
  return openDataSchema.parse(data);
}

const csvField = (value: string | number | boolean | undefined) => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export const csvColumns = ['indicator', 'title', 'unit', 'direction', 'year', 'value', 'baseline_year', 'baseline_value', 'target_year', 'target_value', 'source', 'kolada', 'illustrative'] as const;

/** Every indicator value as one CSV row (RFC 4180), Swedish titles, in the model's order. */
export function indicatorValuesCsv(view: View): string {
  const rows = view.model.indicators.flatMap((indicator) =>
    series(indicator).map((m) =>
      [
        indicator.id,
        indicator.data.title,
        indicator.data.unit,
        indicator.data.direction,
        m.year,
        m.value,
        indicator.data.baseline.year,
        indicator.data.baseline.value,
        indicator.data.target.year,
        indicator.data.target.value,
        indicator.data.source,
        indicator.data.kolada,
        indicator.data.illustrative,
      ]
        .map(csvField)
        .join(','),
    ),
  );
  return [csvColumns.join(','), ...rows].join('\r\n') + '\r\n';
}
