import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { contentRoot } from '../config/content.ts';
import { lastCommitDates } from './git-dates.ts';
import { buildModel, type Model } from './model.ts';

let model: Promise<Model> | undefined;

/**
 * The model of the whole site, loaded, validated and indexed once per build: every page asks
 * for it, and the first to ask stops the build if the content has a problem.
 */
export function getModel(): Promise<Model> {
  model ??= (async () =>
    buildModel({
      goalAreas: await getCollection('goalAreas'),
      goals: await getCollection('goals'),
      organisations: await getCollection('organisations'),
      developmentAreas: await getCollection('developmentAreas'),
      activities: await getCollection('activities'),
      indicators: await getCollection('indicators'),
      initiatives: await getCollection('initiatives'),
      pages: await getCollection('pages'),
      accessibilityProblems: await getCollection('accessibilityProblems'),
      translations: await getCollection('translations'),
    }, {
      readSource: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
      // When each file last changed, by git (empty outside a checkout): one `git log` per build.
      dates: lastCommitDates(contentRoot),
    }))();
  return model;
}
