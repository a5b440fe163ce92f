import { getCollection } from 'astro:content';
import { contentRoot } from '../../config/content.ts';
import { sourceLang } from '../../config/languages.ts';
import { ui } from '../../i18n/index.ts';
import { settings } from '../settings.ts';
import { sourceCollections, type EditorSite } from './config.ts';
import { collectionLabels } from './labels.ts';

/*
 * What the editor's configuration needs of the site being built: its settings, its words for the
 * levels and the ids of its Swedish entries. Undefined where there is no editor to configure.
 */

/** Why the site has no editor, in Swedish for whoever opens /admin/; undefined when it has one. */
export function editorUnavailable(): string | undefined {
  const { repository, file } = settings();
  if (!repository) {
    return `Redigeraren vet inte i vilket arkiv på GitHub innehållet finns. Skriv arkivets adress under repository i ${file} (till exempel url: https://github.com/kommunen/malbild), eller bygg webbplatsen med MALBILD_REPOSITORY_URL.`;
  }
  // Content kept outside the project (MALBILD_CONTENT=../elsewhere) is not in that repository.
  if (contentRoot.startsWith('../') || contentRoot.startsWith('/')) {
    return `Innehållet byggs från ${contentRoot}, utanför arkivet ${repository.url}, så redigeraren kan inte spara i det.`;
  }
  return undefined;
}

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
