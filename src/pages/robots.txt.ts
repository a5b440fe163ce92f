import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { absoluteUrl } from '../lib/routes.ts';

// Everything may be indexed; the sitemap says what there is in which language.
export const GET: APIRoute = ({ site: astroSite }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap.xml`, String(astroSite ?? site.url))}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
