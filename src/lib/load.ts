import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { collectionNames, contentRoot } from '../config/content.ts';
import { contentChecked } from './content-check.ts';
import type { ContentSet } from './content-types.ts';
import { lastCommitDates } from './git-dates.ts';
import { buildModel, type Model } from './model.ts';

let model: Promise<Model> | undefined;

/** Every collection, as Astro loaded it. */
async function loadContent(): Promise<ContentSet> {
  const names = [...collectionNames, 'translations'] as const;
  const loaded = await Promise.all(names.map(async (name) => [name, await getCollection(name)] as const));
  return Object.fromEntries(loaded) as ContentSet;
}

/**
 * The model of the whole site, loaded, validated and indexed once per build: every page asks
 * for it, and the first to ask stops the build if the content has a problem (in a build, the
 * check before the pages has done so already; in `astro dev`, that first page).
 */
export function getModel(): Promise<Model> {
  model ??= (async () =>
    buildModel(await loadContent(), {
      readSource: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
      // When each file last changed, by git (empty outside a checkout): one `git log` per build.
      dates: lastCommitDates(contentRoot),
      checked: contentChecked(),
    }))();
  return model;
}
