import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { languages, sourceLang } from '../../config/languages.ts';
import { getModel } from '../../lib/load.ts';
import { indicatorValuesCsv, openData } from '../../lib/open-data.ts';
import { openDataFiles } from '../../lib/routes.ts';
import { createView } from '../../lib/view.ts';
import { openDataSchema } from '../../schemas/open-data.ts';

// The open data files, written at every build from the same model as the pages.
// The values file only where there are measures to have values.
export const getStaticPaths = (async () => [
  ...languages.map((lang) => ({ params: { file: openDataFiles.model(lang) }, props: { kind: 'model' as const, lang } })),
  { params: { file: openDataFiles.schema }, props: { kind: 'schema' as const, lang: sourceLang } },
  ...((await getModel()).uses.indicators ? [{ params: { file: openDataFiles.values }, props: { kind: 'values' as const, lang: sourceLang } }] : []),
]) satisfies GetStaticPaths;

const json = (value: unknown) => new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });

export const GET: APIRoute = async ({ props, site: astroSite }) => {
  const view = createView(await getModel(), props.lang);
  switch (props.kind) {
    case 'model':
      return json(openData(view, astroSite));
    case 'schema':
      return json(z.toJSONSchema(openDataSchema));
    default:
      return new Response(indicatorValuesCsv(view), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  }
};
