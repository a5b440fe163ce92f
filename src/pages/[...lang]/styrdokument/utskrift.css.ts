import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { fill, ui } from '../../../i18n/index.ts';
import { languagePaths } from '../../../lib/routes.ts';
import { settings } from '../../../lib/settings.ts';

/*
 * The steering document's running header, in each language. It is text, so it cannot live in the
 * site's stylesheet, and the Content-Security-Policy allows no inline <style>: a tiny stylesheet
 * per language, loaded for print only.
 */
export const getStaticPaths = languagePaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const t = ui(props.lang);
  const running = fill(t.document.running, { title: t.siteTitle, municipality: settings().municipality.name[props.lang]! }).replaceAll('\\', '\\\\').replaceAll('"', '\\"');
  return new Response(`@page { @top-left { content: "${running}"; font-size: 9pt; } }\n`, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
