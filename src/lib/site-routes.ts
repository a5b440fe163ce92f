import type { SourceEntry } from './content-types.ts';
import type { Model } from './model.ts';

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
