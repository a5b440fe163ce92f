import { join, resolve } from 'node:path';
import { projectRoot } from './astro-build.ts';

/*
 * The sites the tests build and read:
 * - `content`: the content the build reads (MALBILD_CONTENT, else content/), built as it would be
 *   published. What the tests expect of it comes from that content, never from fixed ids, so
 *   they hold for any municipality's valid content.
 * - `full`: a municipality that uses every level of the model, in five languages (one right to left)
 *   (tests/fixtures/sites/full): the product's behaviour, feature by feature.
 * - `small`: another municipality's words, three areas and their goals, nothing below them, in
 *   two languages (tests/fixtures/sites/small), built as from a downloaded archive: no git, so
 *   no dates from git and no repository found.
 */
export const siteNames = ['content', 'full', 'small'] as const;
export type SiteName = (typeof siteNames)[number];

export interface SiteBuild {
  name: SiteName;
  /** The content folder, absolute. */
  contentDir: string;
  /** Where the build writes the site, absolute. */
  outDir: string;
  cacheDir: string;
  /** The environment the build runs with, on top of the tests' own. */
  env: Record<string, string>;
}

const work = join(projectRoot, 'node_modules/.cache/malbild-tests/sites');
/** No git, as in a source tree downloaded without its history; and no repository from GitHub Actions. */
const withoutGit = { GIT_DIR: join(work, 'no-git'), GITHUB_REPOSITORY: '' };

export const siteBuilds: Record<SiteName, SiteBuild> = {
  content: {
    name: 'content',
    contentDir: resolve(projectRoot, process.env.MALBILD_CONTENT ?? 'content'),
    outDir: join(projectRoot, 'dist'),
    cacheDir: join(work, 'content-cache'),
    env: {},
  },
  full: {
    name: 'full',
    contentDir: join(projectRoot, 'tests/fixtures/sites/full'),
    outDir: join(work, 'full'),
    cacheDir: join(work, 'full-cache'),
    env: {},
  },
  small: {
    name: 'small',
    contentDir: join(projectRoot, 'tests/fixtures/sites/small'),
    outDir: join(work, 'small'),
    cacheDir: join(work, 'small-cache'),
    env: withoutGit,
  },
};
