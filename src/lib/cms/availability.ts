import { contentRoot } from '../../config/content.ts';
import { settings } from '../settings.ts';

/*
 * Whether the site has an editor: the pages of /admin/ ask, and so does the build of the editor's
 * script (integrations/editor-build.ts), which runs outside Astro's content layer.
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
