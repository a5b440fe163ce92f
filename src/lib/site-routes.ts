import type { SourceEntry } from './content-types.ts';
import type { Model } from './model.ts';
import { homePageId, type Route } from './routes.ts';
import { routeOf } from './view.ts';

/** Every entry that has its own page, in reading order: the one list of the site's pages. */
export function entriesWithPages(model: Model): SourceEntry[] {
  return [
    ...model.pages,
    ...model.areas,
    ...model.goals,
    ...model.developmentAreas,
    ...model.activities,
    ...model.indicators,
    ...model.initiatives.flatMap((initiative) => [initiative, ...model.partsOf(initiative.id)]),
  ];
}

/** Every route of the site, the same in every language. */
export function allRoutes(model: Model): Route[] {
  const entryRoutes = entriesWithPages(model)
    .filter((entry) => !(entry.collection === 'pages' && entry.id === homePageId))
    .map((entry) => routeOf(entry)!);
  return [{ kind: 'home' }, ...entryRoutes, { kind: 'siteIndex' }];
}
