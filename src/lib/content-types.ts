import type { CollectionEntry } from 'astro:content';
import type { CollectionName } from '../config/content.ts';

/*
 * The shapes the rest of the code works with. They are Astro's collection entries, so a field
 * added to a schema reaches every page with its type.
 */
export type GoalArea = CollectionEntry<'goalAreas'>;
export type Goal = CollectionEntry<'goals'>;
export type Organisation = CollectionEntry<'organisations'>;
export type DevelopmentArea = CollectionEntry<'developmentAreas'>;
export type Activity = CollectionEntry<'activities'>;
export type Indicator = CollectionEntry<'indicators'>;
export type Initiative = CollectionEntry<'initiatives'>;
export type Page = CollectionEntry<'pages'>;
export type Translation = CollectionEntry<'translations'>;
export type AccessibilityProblem = CollectionEntry<'accessibilityProblems'>;

/** Every collection's entries, as loaded: the input of validation and of the model. */
export type ContentSet = { [N in CollectionName]: CollectionEntry<N>[] } & { translations: Translation[] };

/** An entry of any collection that has a page and can be translated. */
export type SourceEntry = CollectionEntry<CollectionName>;
