import { collectionLevels, type CollectionName } from '../../config/content.ts';
import type { LevelName } from '../../i18n/format.ts';
import type { Dictionary } from '../../i18n/index.ts';

/*
 * What the editor calls each collection: the municipality's own words for the levels of its
 * steering model (settings `levels`, through the Swedish interface text), so that the editor
 * says "Huvudinriktningar" where the site does; plain Swedish for the rest.
 */

export interface CollectionLabel {
  plural: string;
  singular: string;
}

export function collectionLabels(t: Dictionary): Record<CollectionName, CollectionLabel> {
  const level = (name: LevelName): CollectionLabel => ({ plural: t.levels[name].plural, singular: t.levels[name].singular });
  return {
    ...(Object.fromEntries(Object.entries(collectionLevels).map(([collection, name]) => [collection, level(name)])) as Record<keyof typeof collectionLevels, CollectionLabel>),
    organisations: { plural: t.organisations, singular: 'Nämnd, styrelse eller förvaltning' },
    pages: { plural: 'Sidor', singular: t.page },
    accessibilityProblems: { plural: 'Brister i tillgängligheten', singular: 'Brist i tillgängligheten' },
  };
}
