import type { APIRoute, GetStaticPaths } from 'astro';
import { editorConfig } from '../../lib/cms/config.ts';
import { editorUnavailable } from '../../lib/cms/availability.ts';
import { editorSite } from '../../lib/cms/site.ts';

// The editor's configuration, /admin/config.json, from the content model and the settings; a
// site without an editor (no repository known) has none, and /admin/ says why.
export const getStaticPaths = (() => (editorUnavailable() ? [] : [{ params: { file: 'config' } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const site = await editorSite();
  if (!site) throw new Error('The editor has no site to configure; getStaticPaths should have made no config.json.');
  return new Response(`${JSON.stringify(editorConfig(site), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
