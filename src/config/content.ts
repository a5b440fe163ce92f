/**
 * Where the content lives. MALBILD_CONTENT points the build at another content folder (the tests
 * build fixture content this way; another municipality can keep its content elsewhere).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { LevelName } from '../i18n/format.ts';

export const contentRoot = process.env.MALBILD_CONTENT ?? 'content';

/**
 * Where Astro keeps what it loaded (MALBILD_CACHE_DIR, else a folder per content root): building
 * one municipality's content must never reuse entries cached from another's.
 */
export const cacheDir = process.env.MALBILD_CACHE_DIR ?? `node_modules/.astro/${createHash('sha256').update(resolve(contentRoot)).digest('hex').slice(0, 12)}`;

/**
 * The collections, and each one's folder under the content root: the one list of them. The
 * schemas (content.config.ts), the loading (lib/load.ts), the checks (lib/validate.ts,
 * scripts/check-content.ts) and the routes (lib/routes.ts) are derived from it or typed against
 * it, so a collection added here is checked everywhere or does not compile. Translations mirror
 * these folders.
 */
export const collectionFolders = {
  goalAreas: 'goal-areas',
  goals: 'goals',
  organisations: 'organisations',
  developmentAreas: 'development-areas',
  activities: 'activities',
  indicators: 'indicators',
  initiatives: 'initiatives',
  pages: 'pages',
  accessibilityProblems: 'accessibility-problems',
} as const;

export type CollectionName = keyof typeof collectionFolders;

/**
 * The level of the steering model each collection holds, whose words (settings `levels`) name it
 * on the site and in the editor; organisations, pages and accessibility problems hold none.
 */
export const collectionLevels = {
  goalAreas: 'goalArea',
  goals: 'goal',
  developmentAreas: 'developmentArea',
  activities: 'activity',
  indicators: 'indicator',
  initiatives: 'initiative',
} as const satisfies Partial<Record<CollectionName, LevelName>>;
export const collectionNames = Object.keys(collectionFolders) as CollectionName[];
export const translationsFolder = 'translations';

/**
 * An entry's id is its file name and the last part of its page's address: lower-case a–z, digits
 * and single hyphens, so that the address needs no escaping. The build checks it (validate.ts);
 * the editor (lib/cms/) asks for it when a new entry is named.
 */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where the site serves its editor (Sveltia CMS): /admin/, under the base path. */
export const editorFolder = 'admin';
/** The editor's script in that folder, bundled beside the build (integrations/editor-build.ts). */
export const editorScript = 'editor.js';

/**
 * Pages the site's own layout links to, by file name in `content/pages/`: the start page's text
 * and the page that explains the steering process. The build stops if one is missing.
 */
export const requiredPages = {
  home: 'index',
  process: 'malstyrningsprocess',
} as const;
