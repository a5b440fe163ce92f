import type { APIRoute } from 'astro';
import { absoluteUrl, siteFile } from '../lib/routes.ts';

// Everything may be indexed; the sitemap, where the site's address is known, says what there is.
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${absoluteUrl(siteFile('sitemap.xml'), site)}\n` : ''}`,
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
