import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { site } from '../../../config/site.ts';
import { ui } from '../../../i18n/index.ts';
import { languagePaths } from '../../../lib/routes.ts';

/*
 * The steering document's running header, in each language. It is text, so it cannot live in the
 * site's stylesheet, and the Content-Security-Policy allows no inline <style>: a tiny stylesheet
 * per language, loaded for print only.
 */
export const getStaticPaths = languagePaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const running = ui(props.lang).document.running(site.municipality[props.lang]).replaceAll('\\', '\\\\').replaceAll('"', '\\"');
  return new Response(`@page { @top-left { content: "${running}"; font-size: 9pt; } }\n`, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
