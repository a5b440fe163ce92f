import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../lib/load.ts';
import { settings } from '../lib/settings.ts';
import { sitemapXml } from '../lib/sitemap.ts';

// A sitemap lists absolute addresses, so there is one only where the site's address is known.
export const getStaticPaths = (() => (settings().siteUrl ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(await getModel(), String(site), import.meta.env.BASE_URL), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
