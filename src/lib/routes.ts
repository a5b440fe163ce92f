import { collectionLevels, editorFolder, requiredPages, type CollectionName } from '../config/content.ts';
import { easyToRead, language, languages, sourceLang, type Lang } from '../config/languages.ts';

/*
 * Every address on the site comes from here. A route says what a page shows, independent of
 * language; a path is a route in one language. Path segments are Swedish in every language, so
 * that switching language changes only the prefix and a shared link keeps working.
 */

export type EntryRouteKind = 'goalArea' | 'goal' | 'developmentArea' | 'activity' | 'indicator' | 'initiative' | 'page';

/** Pages of the site's own (not from content/), at a fixed Swedish address in every language. */
export const ownPageSegments = {
  siteIndex: 'innehall',
  translationStatus: 'oversattningar',
  search: 'sok',
  openData: 'oppna-data',
  document: 'styrdokument',
  cookies: 'om-kakor',
  accessibility: 'tillganglighet',
} as const;
export type OwnPageKind = keyof typeof ownPageSegments;

export type Route =
  | { kind: 'home' }
  | { kind: OwnPageKind }
  /** The one page a host serves for any unknown address; it speaks all languages. */
  | { kind: 'notFound' }
  | { kind: EntryRouteKind; id: string };

/** The first path segment of each kind of entry page; pages (the `pages` collection) have none. */
export const entrySegments = {
  goalArea: 'malomraden',
  goal: 'mal',
  developmentArea: 'utvecklingsomraden',
  activity: 'aktiviteter',
  indicator: 'indikatorer',
  initiative: 'initiativ',
} as const satisfies Record<Exclude<EntryRouteKind, 'page'>, string>;

/** The kind of page each collection's entries get, named as its level; organisations have no page of their own. */
export const collectionRouteKinds = {
  ...collectionLevels,
  pages: 'page',
  organisations: undefined,
  accessibilityProblems: undefined,
} as const satisfies Record<CollectionName, EntryRouteKind | undefined>;

export const homePageId = requiredPages.home;

/** The open data files: one folder for all languages, the same names whatever the page's language. */
export const openDataFolder = 'data';
export const openDataFiles = {
  model: (lang: Lang) => `malbild.${lang}.json`,
  schema: 'malbild.schema.json',
  values: 'indikatorvarden.csv',
};

export function openDataPath(file: string, base = import.meta.env.BASE_URL): string {
  return siteFile(`${openDataFolder}/${file}`, base);
}

/** The site-relative URL of a file the build writes outside the pages (`favicon.svg`, `pagefind/`), base path included. */
export function siteFile(path: string, base = import.meta.env.BASE_URL): string {
  return `${withSlash(base)}${path}`;
}

/** Top-level names a page in `pages` may not take, since other routes use them. */
export const reservedSegments: readonly string[] = [
  ...Object.values(entrySegments),
  ...Object.values(ownPageSegments),
  openDataFolder,
  editorFolder,
  'sitemap.xml',
  'robots.txt',
  '404',
  ...languages.map((lang) => language(lang).prefix).filter(Boolean),
  easyToRead.prefix,
];

/** The route's path without language prefix or base, e.g. `mal/fler-bostader/` ('' for home). */
export function routePath(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '';
    case 'siteIndex':
    case 'translationStatus':
    case 'search':
    case 'openData':
    case 'document':
    case 'cookies':
    case 'accessibility':
      return `${ownPageSegments[route.kind]}/`;
    case 'notFound':
      return '404.html';
    case 'page':
      return route.id === homePageId ? '' : `${route.id}/`;
    default:
      return `${entrySegments[route.kind]}/${route.id}/`;
  }
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The site-relative URL of a route in a language, including the base path. The default base is
 * read only when a call leaves it out: `import.meta.env` exists in Astro's build, not under plain
 * Node, where scripts (scripts/check-content.ts) import this module and pass the base themselves.
 */
export function localizedPath(lang: Lang, route: Route, base = import.meta.env.BASE_URL): string {
  // The not-found page exists once; in another language, the way on is that language's start.
  if (route.kind === 'notFound' && lang !== sourceLang) return localizedPath(lang, { kind: 'home' }, base);
  const prefix = language(lang).prefix;
  return `${withSlash(base)}${prefix ? `${prefix}/` : ''}${routePath(route)}`;
}

/**
 * Every path of the given routes in every language, as a link in the text writes it: from the
 * site's root, without the base path, e.g. `/`, `/mal/fler-bostader/`, `/en/mal/fler-bostader/`.
 * The not-found page is left out: nothing links to it.
 */
export function sitePaths(routes: readonly Route[]): Set<string> {
  return new Set(
    languages.flatMap((lang) => routes.filter((route) => route.kind !== 'notFound').map((route) => localizedPath(lang, route, '/'))),
  );
}

/** Absolute URL, for canonical links and alternates. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The `lang` route parameter of each language (undefined puts the source language at the root). */
export function langParam(lang: Lang): string | undefined {
  return language(lang).prefix || undefined;
}

export function langFromParam(param: string | undefined): Lang {
  const lang = languages.find((candidate) => (language(candidate).prefix || undefined) === param);
  if (!lang) throw new Error(`Unknown language prefix "${param}".`);
  return lang;
}

/** getStaticPaths for a route kind: one path per language and id. */
/**
 * getStaticPaths for the pages of one kind of entry: one path per language and entry, where the
 * language has a page for it (a language that shows untranslated entries in Swedish has them all).
 */
export function pathsPerLanguage<T extends { id: string }>(items: readonly T[], kind: EntryRouteKind, hasPage: (lang: Lang, route: Route) => boolean) {
  return languages.flatMap((lang) =>
    items
      .filter((item) => hasPage(lang, { kind, id: item.id }))
      .map((item) => ({ params: { lang: langParam(lang), id: item.id }, props: { lang, item } })),
  );
}

export function languagePaths() {
  return languages.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}
