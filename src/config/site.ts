import type { Lang } from './languages.ts';

/**
 * Everything that makes this site one municipality's site rather than another's. To publish
 * Målbild for another municipality, change this file and the folder `content/`.
 */
export const site = {
  /** The municipality's name, in each language, as the municipality itself writes it. */
  municipality: {
    sv: 'Övertorneå kommun',
    fit: 'Matarengin kunta',
    fi: 'Övertorneån kunta',
    en: 'Övertorneå Municipality',
  } satisfies Record<Lang, string>,
  /** Municipality code used by SCB and Kolada. */
  municipalityCode: '2518',
  /**
   * The address the site is published at, used for canonical URLs and language alternates.
   * Hosting sets MALBILD_SITE_URL (and MALBILD_BASE_PATH when served from a sub-folder).
   */
  url: process.env.MALBILD_SITE_URL ?? 'https://mal.overtornea.se',
  basePath: process.env.MALBILD_BASE_PATH ?? '/',
  /** Where the content is edited; used for "edit this page" links. */
  repository: {
    url: process.env.MALBILD_REPOSITORY_URL ?? 'https://github.com/overtornea/malbild',
    branch: 'main',
  },
};
