import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFolders, contentRoot, translationsFolder } from './config/content.ts';
import {
  accessibilityProblemSchema,
  activitySchema,
  developmentAreaSchema,
  goalAreaSchema,
  goalSchema,
  indicatorSchema,
  initiativeSchema,
  organisationSchema,
  pageSchema,
  translationSchema,
} from './schemas/content.ts';

/**
 * The id of an entry is its path without `.md`, exactly as written: Astro's default would
 * slugify it and let a `slug` field override it, and communicators should find a page's file
 * from its address without knowing either rule.
 */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

/** One Markdown file per entry. */
function entries(folder: string) {
  return glob({ pattern: '*.md', base: `${contentRoot}/${folder}`, generateId: idFromPath });
}

export const collections = {
  goalAreas: defineCollection({ loader: entries(collectionFolders.goalAreas), schema: goalAreaSchema }),
  goals: defineCollection({ loader: entries(collectionFolders.goals), schema: goalSchema }),
  organisations: defineCollection({ loader: entries(collectionFolders.organisations), schema: organisationSchema }),
  developmentAreas: defineCollection({ loader: entries(collectionFolders.developmentAreas), schema: developmentAreaSchema }),
  activities: defineCollection({ loader: entries(collectionFolders.activities), schema: activitySchema }),
  indicators: defineCollection({ loader: entries(collectionFolders.indicators), schema: indicatorSchema }),
  initiatives: defineCollection({ loader: entries(collectionFolders.initiatives), schema: initiativeSchema }),
  pages: defineCollection({ loader: entries(collectionFolders.pages), schema: pageSchema }),
  accessibilityProblems: defineCollection({ loader: entries(collectionFolders.accessibilityProblems), schema: accessibilityProblemSchema }),
  /** `translations/<language>/<collection folder>/<id>.md`; the id keeps that path. */
  translations: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${contentRoot}/${translationsFolder}`, generateId: idFromPath }),
    schema: translationSchema,
  }),
};
