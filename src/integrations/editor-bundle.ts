import type { Plugin } from 'vite';

/*
 * Sveltia CMS as the site serves it at /admin/: from its npm package, bundled by the build, and
 * asking no other host for anything. Its package names each of its fonts twice, once as a file
 * it ships and once as a copy on a CDN (cdn.jsdelivr.net) in the CSS it injects, and a browser
 * fetches both. The CDN copies are taken out here. The fonts it ships go into the editor's own
 * bundle as data: URLs: the site's pages use no web fonts and its output holds no font file,
 * which the page-weight tests check.
 */

const packageEntry = /\/node_modules\/@sveltia\/cms\/npm\/index\.js$/;
const packageFont = /\/node_modules\/@sveltia\/cms\/npm\/assets\/[^/]+\.woff2$/;
const cdnFontFace = /@font-face \{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;

export function editorBundle(): Plugin {
  return {
    name: 'malbild:editor-bundle',
    enforce: 'pre',
    transform(code, id) {
      if (!packageEntry.test(id)) return null;
      const withoutCdn = code.replace(cdnFontFace, '');
      if (withoutCdn === code) {
        this.error('@sveltia/cms no longer names its fonts on a CDN the way src/integrations/editor-bundle.ts expects; check what its CSS asks for now.');
      }
      return { code: withoutCdn, map: null };
    },
  };
}

/** Vite's assetsInlineLimit: the editor's fonts inline, every other asset a file of its own (as with a limit of 0). */
export const inlineEditorFonts = (file: string): boolean => packageFont.test(file);
