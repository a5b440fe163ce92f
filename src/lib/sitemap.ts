import { easyToRead, languages, sourceLang, type Lang } from '../config/languages.ts';
import type { Model } from './model.ts';
import { absoluteUrl, homePageId, localizedPath, ownPageSegments, type OwnPageKind, type Route } from './routes.ts';
import { easyToReadEntries, entriesWithPages } from './site-routes.ts';
import { createView, routeOf } from './view.ts';

/**
 * sitemap.xml: every page in every language that has real text in it, each with its language
 * versions as alternates. Pages showing Swedish in place of a missing translation are left out,
 * as they are left out of the hreflang links and the search index.
 */
export function sitemapXml(model: Model, site: string, base: string): string {
  const view = createView(model, sourceLang);
  const routes: { route: Route; langs: Lang[] }[] = [
    { route: { kind: 'home' }, langs: view.languagesOf(model.page(homePageId)) },
    ...entriesWithPages(model)
      .filter((entry) => !(entry.collection === 'pages' && entry.id === homePageId))
      .map((entry) => ({ route: routeOf(entry)!, langs: view.languagesOf(entry) })),
    // The site's own pages, except search, which has nothing to index until someone searches.
    ...(Object.keys(ownPageSegments) as OwnPageKind[])
      .filter((kind) => kind !== 'search')
      .map((kind) => ({ route: { kind } as Route, langs: [...languages] })),
    // Lättläst pages: Swedish too, so no language version of the others.
    ...easyToReadEntries(model).map((entry) => ({
      route: entry.collection === 'pages' && entry.id === homePageId ? ({ kind: 'home' } as Route) : routeOf(entry)!,
      langs: [easyToRead.code],
    })),
  ];
  const url = (lang: Lang, route: Route) => escapeXml(absoluteUrl(localizedPath(lang, route, base), site));
  const entries = routes.flatMap(({ route, langs }) =>
    langs.map((lang) =>
      [
        '  <url>',
        `    <loc>${url(lang, route)}</loc>`,
        ...(langs.length > 1
          ? [
              ...langs.map((alternate) => `    <xhtml:link rel="alternate" hreflang="${alternate}" href="${url(alternate, route)}"/>`),
              `    <xhtml:link rel="alternate" hreflang="x-default" href="${url(sourceLang, route)}"/>`,
            ]
          : []),
        '  </url>',
      ].join('\n'),
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
