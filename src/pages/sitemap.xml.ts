import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { getModel } from '../lib/load.ts';
import { sitemapXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async ({ site: astroSite }) =>
  new Response(sitemapXml(await getModel(), String(astroSite ?? site.url), import.meta.env.BASE_URL), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
