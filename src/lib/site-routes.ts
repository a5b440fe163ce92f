import { collectionFolders } from '../config/content.ts';
import { easyToRead } from '../config/languages.ts';
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

/** Every entry with a Lättläst text, in the same order: the pages under /lattlast/. */
export function easyToReadEntries(model: Model): SourceEntry[] {
  return entriesWithPages(model).filter((entry) => model.translations.has(`${easyToRead.code}/${collectionFolders[entry.collection]}/${entry.id}`));
}
