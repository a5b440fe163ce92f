import { getCollection } from 'astro:content';
import { contentRoot } from '../../config/content.ts';
import { sourceLang } from '../../config/languages.ts';
import { ui } from '../../i18n/index.ts';
import { settings } from '../settings.ts';
import { editorUnavailable } from './availability.ts';
import { sourceCollections, type EditorSite } from './config.ts';
import { collectionLabels } from './labels.ts';

/*
 * What the editor's configuration needs of the site being built: its settings, its words for the
 * levels and the ids of its Swedish entries. Undefined where there is no editor to configure.
 */

/** The site as the editor's configuration needs it, or undefined where there is no editor. */
export async function editorSite(): Promise<EditorSite | undefined> {
  const { repository, editorSignIn, basePath, siteUrl, municipality, languages } = settings();
  if (!repository || editorUnavailable()) return undefined;
  const entries = await Promise.all(sourceCollections.map(async (collection) => [collection, await getCollection(collection)] as const));
  const ids = Object.fromEntries(entries.map(([collection, list]) => [collection, list.map((entry) => entry.id).sort()])) as EditorSite['ids'];
  const mdx = Object.fromEntries(entries.map(([collection, list]) => [collection, list.filter((entry) => entry.filePath?.endsWith('.mdx')).map((entry) => entry.id).sort()]));
  return {
    repository,
    signIn: editorSignIn,
    base: basePath.replace(/\/?$/, '/'),
    siteUrl,
    municipality: municipality.name[sourceLang]!,
    contentRoot: contentRoot.replace(/^\.\/|\/$/g, ''),
    translations: languages.filter(({ code }) => code !== sourceLang).map(({ code, name }) => ({ code, name })),
    labels: collectionLabels(ui(sourceLang)),
    ids,
    mdx,
  };
}
