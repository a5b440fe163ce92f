import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collectionFolders, contentRoot, translationsFolder, type CollectionName } from './config/content.ts';
import { recordCollection, schemaIssues, type LoadedEntry } from './lib/content-check.ts';
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
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

/**
 * Astro's glob loader, with every file checked against its schema first: a file that does not
 * match is left out and its problems are kept, so that the check before the pages
 * (integrations/content-check.ts) reports every file's problems at once, in the words of the
 * schemas, and the build stops there.
 */
function checked(name: string, folder: string, loader: Loader, schema: z.ZodType): Loader {
  return {
    ...loader,
    load: async (context) => {
      // Many municipalities use only some levels of the model: a folder that is not there is an
      // empty collection, not something to warn about. (Astro warns of a collection it never
      // saw; one entry set and removed makes it a collection with none.)
      if (!existsSync(folder)) {
        context.store.clear();
        context.store.set({ id: 'none', data: {} });
        context.store.delete('none');
        recordCollection(name, [], []);
        return;
      }
      const issues: ReturnType<typeof schemaIssues> = [];
      const parseData: typeof context.parseData = async (props) => {
        const result = await schema.safeParseAsync(props.data);
        if (!result.success) {
          issues.push(...schemaIssues(context.store.get(props.id)?.filePath ?? relativeFile(props.filePath), result.error));
          return undefined as never;
        }
        return context.parseData(props);
      };
      const store = new Proxy(context.store, {
        get(target, property, receiver) {
          if (property === 'set') return (entry: { data?: unknown }) => (entry.data === undefined ? false : target.set(entry as Parameters<typeof target.set>[0]));
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await loader.load({ ...context, parseData, store });
      recordCollection(name, [...context.store.values()].map((entry) => ({ ...entry, collection: name }) as LoadedEntry), issues);
    },
  };
}

const relativeFile = (file: string | undefined) => (file ? file.replace(`${process.cwd()}/`, '') : 'an unknown file');

/** One Markdown (or MDX, lib/mdx.ts) file per entry. */
function entries(name: string, folder: string, schema: z.ZodType) {
  const base = `${contentRoot}/${folder}`;
  return checked(name, base, glob({ pattern: '*.{md,mdx}', base, generateId: idFromPath }), schema);
}

/** A collection of one Markdown (or MDX) file per entry, in the collection's folder. */
function collection<S extends z.ZodType>(name: CollectionName, schema: S) {
  return defineCollection({ loader: entries(name, collectionFolders[name], schema), schema });
}

/** Every collection: the compiler holds the list to config/content.ts, none missing, none extra. */
export const collections = {
  goalAreas: collection('goalAreas', goalAreaSchema),
  goals: collection('goals', goalSchema),
  organisations: collection('organisations', organisationSchema),
  developmentAreas: collection('developmentAreas', developmentAreaSchema),
  activities: collection('activities', activitySchema),
  indicators: collection('indicators', indicatorSchema),
  initiatives: collection('initiatives', initiativeSchema),
  pages: collection('pages', pageSchema),
  accessibilityProblems: collection('accessibilityProblems', accessibilityProblemSchema),
  /** `translations/<language>/<collection folder>/<id>.md`; the id keeps that path. */
  translations: defineCollection({
    loader: checked(
      'translations',
      `${contentRoot}/${translationsFolder}`,
      glob({ pattern: '**/*.{md,mdx}', base: `${contentRoot}/${translationsFolder}`, generateId: idFromPath }),
      translationSchema,
    ),
    schema: translationSchema,
  }),
} satisfies Record<CollectionName | 'translations', unknown>;
